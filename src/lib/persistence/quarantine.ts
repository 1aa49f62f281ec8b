import type { KeyValueStore } from '../storage/store';
import { keys, QUARANTINE_PREFIX } from './keys';
import { blobBytes } from './set-aside-file';

// Every kind of record keeps what it cannot read the same way: its raw value is copied to
// `quarantine:<key>` before anything replaces it, and can be downloaded from « Mes lettres ».

/**
 * Whether two raw records are the same. JSON says so for data; a Blob stringifies as `{}`, so
 * two different Blobs (an image replacing another) are compared by their bytes.
 */
async function sameValue(a: unknown, b: unknown): Promise<boolean> {
  if (a instanceof Blob || b instanceof Blob) {
    if (!(a instanceof Blob && b instanceof Blob) || a.size !== b.size || a.type !== b.type)
      return false;
    const [x, y] = await Promise.all([blobBytes(a), blobBytes(b)]);
    return x.every((byte, index) => byte === y[index]);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A stored record that could not be read, and why. Its raw value is kept in quarantine. */
export interface RejectedRecord {
  /** Its storage key, e.g. `letter:abc`. */
  key: string;
  /** Readable problems, in French. */
  problems: string[];
}

/** Orders `[key, value]` pairs by key, as `Array.prototype.sort()` orders strings. */
export const byKey = ([a]: [string, unknown], [b]: [string, unknown]) =>
  a < b ? -1 : a > b ? 1 : 0;

/** Copies an unreadable record's raw value to `quarantine:<key>` (unless already there). */
export async function quarantine(store: KeyValueStore, key: string, raw: unknown): Promise<void> {
  const aside = keys.quarantine(key);
  if (!(await sameValue(await store.get(aside), raw))) await store.set(aside, raw);
}

/** Every quarantined record with its raw value, for a « données illisibles » download. */
export async function listQuarantined(
  store: KeyValueStore,
): Promise<{ key: string; raw: unknown }[]> {
  return (await store.entries(QUARANTINE_PREFIX)).sort(byKey).map(([key, raw]) => ({ key, raw }));
}
