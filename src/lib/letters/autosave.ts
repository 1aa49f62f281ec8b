import type { Letter } from '../schemas/letter';
import { JournalledSaver, type JournalledSaverOptions } from '../persistence/journalled-saver';
import type { SavedKind } from '../persistence/saved-kind';
import type { SaveStatus } from '../storage/save-status';
import { RevisionConflict } from './errors';
import { keys } from '../persistence/keys';
import type { LetterRepository } from './repository';
import { sameLetter } from './same-letter';

/** A letter's saving status: with its revision once saved, and conflicts with other tabs. */
export type LetterSaveStatus = SaveStatus<Letter>;

/** Options of an `AutoSaver`. */
export interface AutoSaverOptions extends JournalledSaverOptions<Letter, Letter> {
  /** Quiet time after the last change before saving (debounce), in ms. */
  delayMs?: number;
}

/** Letters as a kind of saved record: keyed by id, revisions carried by the letter itself. */
export function letterKind(
  repo: Pick<LetterRepository, 'save'>,
  delayMs = 600,
): SavedKind<Letter, Letter> {
  return {
    subject: 'letter',
    delayMs,
    keyOf: (letter) => keys.letter(letter.id),
    baseOf: (letter) => letter.revision,
    save: (letter, base) => repo.save(letter, base),
    theirsOf: (error) => (error instanceof RevisionConflict ? error.theirs : null),
    holds: sameLetter,
    revisionOf: (letter) => letter.revision,
    savedAt: (letter) => new Date(letter.updatedAt),
  };
}

/** Debounced, journalled saving of one letter (see `JournalledSaver`). */
export class AutoSaver extends JournalledSaver<Letter, Letter> {
  /** `repo` is usually a `LetterRepository`; only its `save` is used. */
  constructor(repo: Pick<LetterRepository, 'save'>, options: AutoSaverOptions) {
    super(letterKind(repo, options.delayMs), options);
  }
}
