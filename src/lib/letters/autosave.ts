import type { Letter } from '../schemas/letter';
import { DebouncedSaver } from '../storage/debounced-saver';
import { classifyJournalError, type StorageFailure } from '../storage/failure';
import type { JournalWrite } from '../storage/journal';
import type { Conflict, SaveStatus, SavedRevision } from '../storage/save-status';
import { RevisionConflict } from './errors';
import { keys } from './keys';
import { createLetterJournal, type LetterJournal } from './letter-journal';
import type { LetterRepository } from './repository';
import { sameLetter } from './same-letter';
import { newId } from '../ids/new-id';

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
  /** Where each change is written synchronously before the debounced write (none by default). */
  journal?: LetterJournal;
  /**
   * Called when the journal starts refusing changes (full or blocked `localStorage`), with what
   * to tell the user, and with null once it takes them again.
   */
  onJournal?: (failure: StorageFailure | null) => void;
  /** This page's writer id, written in its journal entries (see `LiveWriters`). */
  writer?: string;
}

/**
 * Debounced saving of one letter: the shared `DebouncedSaver` plus the letter's revisions.
 * Each write is checked against the revision this tab's edits are based on; a conflict with
 * another tab stops all writes until the caller chooses `resolveKeepMine()` or
 * `resolveTakeTheirs()`.
 *
 * Every change is first written to the journal, synchronously, with the revision it is based
 * on: the debounced write to IndexedDB takes 0.6 s and more, and a page closed or reloaded
 * meanwhile (or a crash) would lose it. The entry is cleared once a write holding the latest
 * change resolved; the next page that opens the letter replays what is left.
 *
 * A change the journal refuses (`localStorage` full or blocked) is written to IndexedDB at once,
 * without the debounce, and `journalFailure` says why until the journal takes a change again:
 * closing the page is then at risk (`atRiskOnClose`) only until that write resolved.
 */
export class AutoSaver {
  readonly #repo: Pick<LetterRepository, 'save'>;
  readonly #onSaved: ((letter: Letter) => void) | undefined;
  readonly #onJournal: ((failure: StorageFailure | null) => void) | undefined;
  readonly #saver: DebouncedSaver<Letter, SavedRevision, Conflict<Letter>>;
  #journal: LetterJournal;
  readonly #writer: string;
  #revision: number | undefined;
  /** Whether the latest change is safe in the journal (false when it is full or missing). */
  #journalled = false;
  /** Why the journal refused the latest change, or null (written, or no journal). */
  #journalFailure: StorageFailure | null = null;

  /** `repo` is usually a `LetterRepository`; only its `save` is used. */
  constructor(repo: Pick<LetterRepository, 'save'>, options: AutoSaverOptions) {
    this.#repo = repo;
    this.#onSaved = options.onSaved;
    this.#onJournal = options.onJournal;
    this.#journal = options.journal ?? createLetterJournal(null);
    this.#writer = options.writer ?? newId();
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

  /**
   * Why the journal refused the latest change (`localStorage` full or blocked), in French for
   * the page; null once it takes a change again, and when there is no journal.
   */
  get journalFailure(): StorageFailure | null {
    return this.#journalFailure;
  }

  /** Whether closing the page now would lose edits: unsaved, and not safe in the journal either. */
  get atRiskOnClose(): boolean {
    return this.hasUnsavedChanges && !this.#journalled;
  }

  /**
   * Stops journalling: the browser's storage is unusable (the page says so and offers a
   * backup), and edits must not be kept in `localStorage` behind the user's back instead.
   */
  stopJournal(): void {
    this.#journal = createLetterJournal(null);
    this.#journalled = false;
    this.#setJournalFailure(null);
  }

  /**
   * The page's letter changed: journal it now, save it after `delayMs` of quiet; or at once
   * when the journal refused it (then nothing but the page holds it until the write resolved).
   */
  change(letter: Letter): void {
    this.#revision ??= letter.revision;
    const kept = this.#record(letter, this.#revision);
    this.#saver.change(letter, { now: kept.state === 'failed' });
  }

  /**
   * Saves now edits left in the journal by a page that closed, as based on revision `base`:
   * written when the stored letter is still at `base` (or missing), a conflict otherwise.
   */
  replay(letter: Letter, base: number): Promise<void> {
    this.#revision = base;
    this.change(letter);
    return this.flush();
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
    // The journalled edits are now based on the other tab's revision.
    const mine = this.#saver.unsaved;
    if (mine) this.#record(mine, this.#revision);
    return this.#saver.resume();
  }

  /** In a conflict: drops this tab's pending edits and returns the stored letter to display. */
  resolveTakeTheirs(): Letter | null {
    const conflict = this.#saver.conflict;
    if (!conflict) return null;
    this.#adopt(conflict.theirs);
    this.#journal.clear(keys.letter(conflict.theirs.id), this.#writer);
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

  /** Writes the change to the journal, and says whether it is kept there (and if not, why). */
  #record(letter: Letter, base: number): JournalWrite {
    const entry = { record: letter, base, at: new Date().toISOString(), writer: this.#writer };
    const written = this.#journal.write(keys.letter(letter.id), entry);
    this.#journalled = written.state === 'written';
    if (written.state === 'failed') {
      // Said once, not again at each keystroke while the storage stays the same.
      const failure = classifyJournalError(written.error);
      if (failure.technical !== this.#journalFailure?.technical) this.#setJournalFailure(failure);
    } else {
      this.#setJournalFailure(null);
    }
    return written;
  }

  #setJournalFailure(failure: StorageFailure | null): void {
    if (failure === this.#journalFailure) return;
    this.#journalFailure = failure;
    this.#onJournal?.(failure);
  }

  /** One write, checked against the revision the edits are based on. */
  async #save(letter: Letter): Promise<SavedRevision> {
    const written = await this.#repo
      .save(letter, this.#revision ?? letter.revision)
      .catch((error: unknown) => {
        // The stored version already holds these edits (this page's own write, ended as the
        // page closed, or a replay of it): no conflict to ask about.
        if (error instanceof RevisionConflict && sameLetter(error.theirs, letter))
          return error.theirs;
        throw error;
      });
    this.#revision = written.revision;
    // Edits made during the write are now based on the revision it wrote.
    const newer = this.#saver.unsaved;
    if (!newer) this.#journal.clear(keys.letter(written.id), this.#writer);
    // Refused by the journal now: written right after this write, not after the quiet time.
    else if (this.#record(newer, written.revision).state === 'failed') void this.#saver.flush();
    this.#onSaved?.(written);
    return savedStatus(written);
  }
}

/** The `saved` status of a letter as stored. */
function savedStatus(letter: Letter): SavedRevision {
  return { state: 'saved', at: new Date(letter.updatedAt), revision: letter.revision };
}
