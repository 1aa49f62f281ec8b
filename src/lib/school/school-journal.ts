import { schoolSchema, type School } from '../schemas/school';
import { browserSyncStorage, WriteAheadJournal, type SyncStorage } from '../storage/journal';

/** The journal of « Mon établissement »'s pending edits (one entry, keyed `school`). */
export type SchoolJournal = WriteAheadJournal<School>;

/** « Mon établissement »'s journal over `storage` (`localStorage` by default); entries validated. */
export function createSchoolJournal(
  storage: SyncStorage | null = browserSyncStorage(),
): SchoolJournal {
  return new WriteAheadJournal<School>(storage, (_key, raw) => {
    const result = schoolSchema.safeParse(raw);
    return result.success ? result.data : null;
  });
}
