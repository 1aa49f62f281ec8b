import type { UserModel } from '../schemas/user-model';
import { browserSyncStorage, WriteAheadJournal, type SyncStorage } from '../storage/journal';
import { readUserModel } from './migrate';

/** The journal of the user's models' pending edits (entries keyed `model:<id>`). */
export type ModelJournal = WriteAheadJournal<UserModel>;

/**
 * The models' journal over `storage` (`localStorage` by default). An entry is read back as a
 * stored model is: migrated, validated, its id matching its key.
 */
export function createModelJournal(
  storage: SyncStorage | null = browserSyncStorage(),
): ModelJournal {
  return new WriteAheadJournal<UserModel>(storage, (key, raw) => {
    const result = readUserModel(key, raw);
    return result.ok ? result.record : null;
  });
}
