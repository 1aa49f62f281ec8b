import type { Letter } from '../schemas/letter';
import type { LiveWriters } from '../storage/live-writers';
import { LETTER_PREFIX } from './keys';
import type { LetterJournal } from './letter-journal';
import type { LetterRepository } from './repository';
import { sameLetter } from './same-letter';

/**
 * Saves the edits that closed pages left in the journal, through the normal revision-checked
 * save, so that « Mes lettres » lists a new letter closed before its first write and shows an
 * existing letter's last edits. Returns the letters written.
 *
 * Left alone: an open page's entry (it saves it itself); an entry whose letter moved on since
 * (another tab saved: the editor shows the conflict when the letter is opened); an entry whose
 * letter was deleted since (« Mes lettres » does not bring it back; opening it does); a write
 * that fails (kept for the next try). An entry the stored letter already holds is dropped.
 */
export async function replayJournal(
  repo: Pick<LetterRepository, 'open' | 'save'>,
  journal: LetterJournal,
  writers: LiveWriters,
): Promise<Letter[]> {
  const written: Letter[] = [];
  for (const [key, entry] of journal.entries(LETTER_PREFIX)) {
    if (await writers.isLive(entry.writer)) continue;
    const stored = await repo.open(entry.record.id);
    if (stored.kind === 'set-aside') continue;
    if (stored.kind === 'found' && sameLetter(stored.letter, entry.record)) {
      journal.clear(key, entry.writer);
      continue;
    }
    const moved = stored.kind === 'found' ? stored.letter.revision !== entry.base : entry.base > 0;
    if (moved) continue;
    try {
      written.push(await repo.save(entry.record, entry.base));
      journal.clear(key, entry.writer);
    } catch {
      // Kept in the journal: opening the letter tries again and says what went wrong.
    }
  }
  return written;
}
