import type { WriteAheadJournal } from '../storage/journal';
import type { LiveWriters } from '../storage/live-writers';
import type { SavedKind } from './saved-kind';

/** What opening the stored record of a journal entry found. */
export type StoredOf<Stored> =
  { kind: 'found'; stored: Stored } | { kind: 'missing' | 'set-aside' };

/**
 * Saves the edits that closed pages left in the journal under `prefix`, through the normal
 * revision-checked save, so that a list shows a new record closed before its first write and
 * an existing record's last edits. Returns the records written.
 *
 * Left alone: an open page's entry (it saves it itself); an entry whose record moved on since
 * (another tab saved: the editor shows the conflict when the record is opened); an entry whose
 * record was deleted since (a list does not bring it back; opening it does); a write that fails
 * (kept for the next try); an unreadable stored record (set aside). An entry the stored record
 * already holds is dropped.
 */
export async function replayJournal<Draft, Stored>(
  journal: WriteAheadJournal<Draft>,
  prefix: string,
  writers: LiveWriters,
  kind: Pick<SavedKind<Draft, Stored>, 'save' | 'holds' | 'revisionOf'>,
  open: (draft: Draft) => Promise<StoredOf<Stored>>,
): Promise<Stored[]> {
  const written: Stored[] = [];
  for (const [key, entry] of journal.entries(prefix)) {
    if (await writers.isLive(entry.writer)) continue;
    const stored = await open(entry.record);
    if (stored.kind === 'set-aside') continue;
    if (stored.kind === 'found' && kind.holds(stored.stored, entry.record)) {
      journal.clear(key, entry.writer);
      continue;
    }
    const moved =
      stored.kind === 'found' ? kind.revisionOf(stored.stored) !== entry.base : entry.base > 0;
    if (moved) continue;
    try {
      written.push(await kind.save(entry.record, entry.base));
      journal.clear(key, entry.writer);
    } catch {
      // Kept in the journal: opening the record tries again and says what went wrong.
    }
  }
  return written;
}
