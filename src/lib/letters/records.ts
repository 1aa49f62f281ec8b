import type { KeyValueStore } from '../storage/store';
import type { WithLock } from '../storage/lock';
import { keys, QUARANTINE_PREFIX } from './keys';
import { migrateLetter, type MigrationResult } from './migrate';
import { blobBytes } from './set-aside-file';

// The repository's low-level record handling: reading a record under its key, keeping
// unreadable ones aside, rewriting old formats. Kept apart so the repository reads as policy.

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

/** A stored record checked against its key: migrated, validated, and its id matching the key. */
export function readLetterRecord(key: string, raw: unknown): MigrationResult {
  const result = migrateLetter(raw, key);
  if (!result.ok || keys.letter(result.letter.id) === key) return result;
  const problem = `${key} › id\u00a0: l’identifiant «\u00a0${result.letter.id}\u00a0» ne correspond pas à la clé`;
  return { ok: false, problems: [problem] };
}

/** Copies an unreadable record's raw value to `quarantine:<key>` (unless already there). */
export async function quarantine(store: KeyValueStore, key: string, raw: unknown): Promise<void> {
  const aside = keys.quarantine(key);
  if (!(await sameValue(await store.get(aside), raw))) await store.set(aside, raw);
}

/**
 * Rewrites an old-format record in the current format. The old record is copied to
 * `migration-backup:<id>` first and that copy removed only once the new one is written; if the
 * write fails, the old record is still under its key and the migration is retried next read.
 */
export async function rewriteMigrated(
  store: KeyValueStore,
  lock: WithLock,
  key: string,
): Promise<void> {
  await lock(key, async () => {
    // Another tab may have saved the letter since it was read: only an old record is rewritten.
    const raw = await store.get(key);
    const current = readLetterRecord(key, raw);
    if (!current.ok || !current.migrated) return;
    const backup = keys.migrationBackup(current.letter.id);
    await store.set(backup, raw);
    await store.set(key, current.letter);
    await store.remove(backup);
  });
}

/** Every quarantined record with its raw value, for a « données illisibles » download. */
export async function listQuarantined(
  store: KeyValueStore,
): Promise<{ key: string; raw: unknown }[]> {
  return (await store.entries(QUARANTINE_PREFIX)).sort(byKey).map(([key, raw]) => ({ key, raw }));
}
