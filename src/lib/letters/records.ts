import type { KeyValueStore } from '../storage/store';
import type { WithLock } from '../storage/lock';
import { keys } from '../persistence/keys';
import { migrateLetter, type MigrationResult } from './migrate';

// The letters' low-level record handling: reading a record under its key and rewriting old
// formats (unreadable ones are kept aside by `persistence/quarantine.ts`). Kept apart so the
// repository reads as policy.

/** A stored record checked against its key: migrated, validated, and its id matching the key. */
export function readLetterRecord(key: string, raw: unknown): MigrationResult {
  const result = migrateLetter(raw, key);
  if (!result.ok || keys.letter(result.letter.id) === key) return result;
  const problem = `${key} › id\u00a0: l’identifiant «\u00a0${result.letter.id}\u00a0» ne correspond pas à la clé`;
  return { ok: false, problems: [problem] };
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
