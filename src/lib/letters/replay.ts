import type { Letter } from '../schemas/letter';
import type { LiveWriters } from '../storage/live-writers';
import { replayJournal as replayEntries } from '../persistence/replay-journal';
import { letterKind } from './autosave';
import { LETTER_PREFIX } from '../persistence/keys';
import type { LetterJournal } from './letter-journal';
import type { LetterRepository } from './repository';

/**
 * Saves the letters' edits that closed pages left in the journal (see the generic
 * `replayJournal`), so that « Mes lettres » lists a new letter closed before its first write and
 * shows an existing letter's last edits. Returns the letters written.
 */
export function replayJournal(
  repo: Pick<LetterRepository, 'open' | 'save'>,
  journal: LetterJournal,
  writers: LiveWriters,
): Promise<Letter[]> {
  return replayEntries(journal, LETTER_PREFIX, writers, letterKind(repo), async (letter) => {
    const opened = await repo.open(letter.id);
    return opened.kind === 'found' ? { kind: 'found', stored: opened.letter } : opened;
  });
}
