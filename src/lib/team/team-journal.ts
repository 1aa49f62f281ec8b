import { teamSchema, type Team } from '../schemas/team';
import { browserSyncStorage, WriteAheadJournal, type SyncStorage } from '../storage/journal';

/** The journal of « Mon équipe »'s pending edits (one entry, keyed `team`). */
export type TeamJournal = WriteAheadJournal<Team>;

/** « Mon équipe »'s journal over `storage` (`localStorage` by default); entries validated. */
export function createTeamJournal(storage: SyncStorage | null = browserSyncStorage()): TeamJournal {
  return new WriteAheadJournal<Team>(storage, (_key, raw) => {
    const result = teamSchema.safeParse(raw);
    return result.success ? result.data : null;
  });
}
