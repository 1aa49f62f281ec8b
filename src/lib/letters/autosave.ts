import type { Letter } from '../schemas/letter';
import { DebouncedSaver } from '../storage/debounced-saver';
import type { Conflict, SaveStatus, SavedRevision } from '../storage/save-status';
import { RevisionConflict } from './errors';
import type { LetterRepository } from './repository';

/** A letter's saving status: with its revision once saved, and conflicts with other tabs. */
export type LetterSaveStatus = SaveStatus<Letter>;

/** Options of an `AutoSaver`. */
export interface AutoSaverOptions {
  /** Quiet time after the last change before saving (debounce), in ms. */
  delayMs?: number;
  /** Called on every status change. */
  onStatus: (status: LetterSaveStatus) => void;
  /** Called after each write that resolved, with what was written (to announce to other tabs). */
  onSaved?: (letter: Letter) => void;
}

/**
 * Debounced saving of one letter: the shared `DebouncedSaver` plus the letter's revisions.
 * Each write is checked against the revision this tab's edits are based on; a conflict with
 * another tab stops all writes until the caller chooses `resolveKeepMine()` or
 * `resolveTakeTheirs()`.
 */
export class AutoSaver {
  readonly #repo: Pick<LetterRepository, 'save'>;
  readonly #onSaved: ((letter: Letter) => void) | undefined;
  readonly #saver: DebouncedSaver<Letter, SavedRevision, Conflict<Letter>>;
  #revision: number | undefined;

  /** `repo` is usually a `LetterRepository`; only its `save` is used. */
  constructor(repo: Pick<LetterRepository, 'save'>, options: AutoSaverOptions) {
    this.#repo = repo;
    this.#onSaved = options.onSaved;
    this.#saver = new DebouncedSaver<Letter, SavedRevision, Conflict<Letter>>({
      subject: 'letter',
      delayMs: options.delayMs ?? 600,
      onStatus: options.onStatus,
      save: (letter) => this.#save(letter),
      conflictOf: (error) =>
        error instanceof RevisionConflict ? { state: 'conflict', theirs: error.theirs } : null,
    });
  }

  /** The current status. */
  get status(): LetterSaveStatus {
    return this.#saver.status;
  }

  /** The stored revision this tab's edits are based on (known after the first change). */
  get revision(): number | undefined {
    return this.#revision;
  }

  /** The letter not written yet (after an error, for a backup download), or `null`. */
  get unsaved(): Letter | null {
    return this.#saver.unsaved;
  }

  /** Whether closing the page now would lose edits (pending, being written, or in conflict). */
  get hasUnsavedChanges(): boolean {
    return this.#saver.hasUnsavedChanges;
  }

  /** The page's letter changed: save it after `delayMs` of quiet. Pass the whole letter. */
  change(letter: Letter): void {
    this.#revision ??= letter.revision;
    this.#saver.change(letter);
  }

  /** Saves now whatever is pending (call on `pagehide` and when the page becomes hidden). */
  flush(): Promise<void> {
    return this.#saver.flush();
  }

  /** Tries again after an error (same as `flush`). */
  retry(): Promise<void> {
    return this.#saver.retry();
  }

  /** In a conflict: writes this tab's letter over the other tab's version. */
  resolveKeepMine(): Promise<void> {
    const conflict = this.#saver.conflict;
    if (!conflict) return Promise.resolve();
    this.#revision = conflict.theirs.revision;
    return this.#saver.resume();
  }

  /** In a conflict: drops this tab's pending edits and returns the stored letter to display. */
  resolveTakeTheirs(): Letter | null {
    const conflict = this.#saver.conflict;
    if (!conflict) return null;
    this.#adopt(conflict.theirs);
    return conflict.theirs;
  }

  /**
   * Follows a newer stored version loaded by the page (another tab saved and this one had no
   * edits). Refused (false) when edits are pending: the next save then reports the conflict.
   */
  adopt(letter: Letter): boolean {
    if (!this.#saver.settled) return false;
    this.#adopt(letter);
    return true;
  }

  /** Stops the timer (the page is leaving the editor); call `flush()` first to keep edits. */
  dispose(): void {
    this.#saver.dispose();
  }

  #adopt(letter: Letter): void {
    this.#revision = letter.revision;
    this.#saver.reset(savedStatus(letter));
  }

  /** One write, checked against the revision the edits are based on. */
  async #save(letter: Letter): Promise<SavedRevision> {
    const written = await this.#repo.save(letter, this.#revision ?? letter.revision);
    this.#revision = written.revision;
    this.#onSaved?.(written);
    return savedStatus(written);
  }
}

/** The `saved` status of a letter as stored. */
function savedStatus(letter: Letter): SavedRevision {
  return { state: 'saved', at: new Date(letter.updatedAt), revision: letter.revision };
}
