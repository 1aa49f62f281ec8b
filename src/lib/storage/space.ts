/** What `navigator.storage.estimate()` answers: bytes used and allowed for the site. */
export interface SpaceEstimate {
  usage?: number;
  quota?: number;
}

/** Asks the browser how much room is left; `undefined` when it cannot tell. */
export type EstimateSpace = () => Promise<SpaceEstimate | undefined>;

/** Room known to be too small for a write, or enough (or unknown: the write is tried). */
export type SpaceCheck = { ok: true } | { ok: false; needed: number; free: number };

/** `navigator.storage.estimate()`, or `undefined` where the API is missing (old Safari, Node). */
export const browserEstimate: EstimateSpace = async () => {
  const storage = (globalThis.navigator as { storage?: Partial<StorageManager> } | undefined)
    ?.storage;
  return typeof storage?.estimate === 'function' ? storage.estimate() : undefined;
};

/**
 * Whether `needed` bytes fit in what the browser says is left. An estimate that is missing,
 * fails or makes no sense says nothing, so the write is tried: the write itself is atomic,
 * this check only lets the page refuse early, with figures, what cannot fit.
 */
export async function checkSpace(
  needed: number,
  estimate: EstimateSpace = browserEstimate,
): Promise<SpaceCheck> {
  let answer: SpaceEstimate | undefined;
  try {
    answer = await estimate();
  } catch {
    return { ok: true };
  }
  const { usage, quota } = answer ?? {};
  if (typeof usage !== 'number' || typeof quota !== 'number') return { ok: true };
  if (!Number.isFinite(usage) || !Number.isFinite(quota) || quota <= 0) return { ok: true };
  const free = Math.max(0, quota - usage);
  return needed <= free ? { ok: true } : { ok: false, needed, free };
}

/** About how many bytes a record takes once stored: its JSON length, a fair lower bound. */
export function recordBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}
