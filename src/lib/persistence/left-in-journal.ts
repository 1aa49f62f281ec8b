import type { JournalEntry, WriteAheadJournal } from '../storage/journal';
import type { LiveWriters } from '../storage/live-writers';

/**
 * The journal entry a closed page left for `key`, or null: none, no journal, or the page that
 * wrote it is still open (it saves its own edits; replaying them would make its next save a
 * conflict with itself).
 */
export async function leftInJournal<T>(
  journal: WriteAheadJournal<T> | undefined,
  key: string,
  writers: LiveWriters,
): Promise<JournalEntry<T> | null> {
  const entry = journal?.read(key) ?? null;
  if (!entry || (await writers.isLive(entry.writer))) return null;
  return entry;
}
