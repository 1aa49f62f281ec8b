import type { KeyValueStore } from './store';
import { classifyStorageError, type StorageFailure } from './failure';
import { STORAGE_TIMEOUT_MS, withTimeout } from './timeout';

/** The answer of `probe()`: storage works, or why it does not. */
export type ProbeResult = { ok: true } | { ok: false; failure: StorageFailure };

/** What the pages need from the store before they read: its probe, and how long to wait. */
export interface StorageProbe {
  /** Whether the browser lets us store; never throws, never hangs past `timeoutMs`. */
  probe(): Promise<ProbeResult>;
  /** How long the page waits for its first reads (`STORAGE_TIMEOUT_MS` when absent). */
  readonly timeoutMs?: number;
}

const PROBE_KEY = 'sonde';

/**
 * Writes, reads back and removes a probe key: opening a database can succeed in private
 * browsing while writes fail, so only a real write tells whether letters can be saved. A store
 * that does not answer within `timeoutMs` (an IndexedDB open that hangs) fails the probe.
 */
export async function probeStore(
  store: KeyValueStore,
  timeoutMs: number = STORAGE_TIMEOUT_MS,
): Promise<ProbeResult> {
  const roundTrip = async () => {
    const token = `sonde-${Date.now()}`;
    await store.set(PROBE_KEY, token);
    const read = await store.get(PROBE_KEY);
    await store.remove(PROBE_KEY);
    if (read !== token) throw new Error('Storage not available: probe read back a different value');
  };
  try {
    await withTimeout(roundTrip(), timeoutMs);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: classifyStorageError(error, 'storage') };
  }
}

/** How long a page waits for its first reads from `store`. */
export const waitOf = (store: StorageProbe): number => store.timeoutMs ?? STORAGE_TIMEOUT_MS;

/**
 * `store.probe()`, bounded by the store's wait even when the probe itself is not (a fake, or a
 * store without its own timeout), and never throwing: a page can always leave « Chargement… ».
 */
export function probeWithin(store: StorageProbe): Promise<ProbeResult> {
  return withTimeout(store.probe(), waitOf(store)).catch((error: unknown): ProbeResult => ({
    ok: false,
    failure: classifyStorageError(error, 'storage'),
  }));
}
