import type { Letter } from '../schemas/letter';
import { browserSyncStorage, WriteAheadJournal, type SyncStorage } from '../storage/journal';
import { readLetterRecord } from './records';

/** The journal of letters' pending edits (entries keyed as the store is: `letter:<id>`). */
export type LetterJournal = WriteAheadJournal<Letter>;

/**
 * The letters' journal over `storage` (the browser's `localStorage` by default). An entry is
 * read back as a stored record is: migrated, validated, its id matching its key.
 */
export function createLetterJournal(
  storage: SyncStorage | null = browserSyncStorage(),
): LetterJournal {
  return new WriteAheadJournal<Letter>(storage, (key, raw) => {
    const result = readLetterRecord(key, raw);
    return result.ok ? result.letter : null;
  });
}
