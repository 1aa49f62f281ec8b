import { DebouncedSaver, type Flushable } from '../storage/debounced-saver';
import { classifyJournalError, type StorageFailure } from '../storage/failure';
import { WriteAheadJournal, type JournalWrite } from '../storage/journal';
import type { Conflict, SaveProgress, SavedRevision } from '../storage/save-status';
import { newId } from '../ids/new-id';
import type { SavedKind } from './saved-kind';

/** Where saving a record with revisions stands (`SaveStatus<Stored>`, spelt out for generics). */
export type RevisionedStatus<Stored> = SaveProgress | SavedRevision | Conflict<Stored>;

/** Options of a `JournalledSaver`. */
export interface JournalledSaverOptions<Draft, Stored> {
  /** Called on every status change. */
  onStatus: (status: RevisionedStatus<Stored>) => void;
  /** Called after each write that resolved, with what was stored and the draft it came from. */
  onSaved?: (stored: Stored, draft: Draft) => void;
  /** Where each change is written synchronously before the debounced write (none by default). */
  journal?: WriteAheadJournal<Draft> | undefined;
  /**
   * Called when the journal starts refusing changes (full or blocked `localStorage`), with what
   * to tell the user, and with null once it takes them again.
   */
  onJournal?: (failure: StorageFailure | null) => void;
  /** This page's writer id, written in its journal entries (see `LiveWriters`). */
  writer?: string | undefined;
}

/**
 * Debounced saving of one record of any kind (see `SavedKind`), with revisions and a
 * write-ahead journal. Each write is checked against the revision this tab's edits are based
 * on; a conflict with another tab stops all writes until the caller chooses
 * `resolveKeepMine()` or `resolveTakeTheirs()`.
 *
 * Every change is first written to the journal, synchronously, with the revision it is based
 * on: the debounced write to IndexedDB takes half a second and more, and a page closed or
 * reloaded meanwhile (or a crash) would lose it. The entry is cleared once a write holding the
 * latest change resolved; the next page that opens the record replays what is left (`replay`).
 *
 * A change the journal refuses (`localStorage` full or blocked) is written to IndexedDB at once,
 * without the debounce, and `journalFailure` says why until the journal takes a change again:
 * closing the page is then at risk (`atRiskOnClose`) only until that write resolved.
 */
export class JournalledSaver<Draft, Stored> {
  readonly #kind: SavedKind<Draft, Stored>;
  readonly #onSaved: ((stored: Stored, draft: Draft) => void) | undefined;
  readonly #onJournal: ((failure: StorageFailure | null) => void) | undefined;
  readonly #saver: DebouncedSaver<Draft, SavedRevision, Conflict<Stored>>;
  #journal: WriteAheadJournal<Draft> | null;
  readonly #writer: string;
  #revision: number | undefined;
  /** Whether the latest change is safe in the journal (false when it is full or missing). */
  #journalled = false;
  /** Why the journal refused the latest change, or null (written, or no journal). */
  #journalFailure: StorageFailure | null = null;

  constructor(kind: SavedKind<Draft, Stored>, options: JournalledSaverOptions<Draft, Stored>) {
    this.#kind = kind;
    this.#onSaved = options.onSaved;
    this.#onJournal = options.onJournal;
    this.#journal = options.journal ?? null;
    this.#writer = options.writer ?? newId();
    this.#saver = new DebouncedSaver<Draft, SavedRevision, Conflict<Stored>>({
      subject: kind.subject,
      delayMs: kind.delayMs,
      onStatus: options.onStatus,
      save: (draft) => this.#save(draft),
      conflictOf: (error) => {
        const theirs = kind.theirsOf(error);
        return theirs === null ? null : { state: 'conflict', theirs };
      },
    });
  }

  /** The current status. */
  get status(): RevisionedStatus<Stored> {
    return this.#saver.status;
  }

  /** The stored revision this tab's edits are based on (known after the first change). */
  get revision(): number | undefined {
    return this.#revision;
  }

  /** The draft not written yet (after an error, for a backup download), or `null`. */
  get unsaved(): Draft | null {
    return this.#saver.unsaved;
  }

  /** The conflict writes are stopped on, or `null`. */
  get conflict(): Conflict<Stored> | null {
    return this.#saver.conflict;
  }

  /** Nothing pending, being written or in conflict: a version stored elsewhere may be shown. */
  get settled(): boolean {
    return this.#saver.settled;
  }

  /** Whether edits are not written yet (pending, being written, or in conflict). */
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
   * What leaving the page needs (`saveOnLeave`): the write started on `pagehide`, and the
   * « Quitter le site ? » prompt only while a close would lose edits (`atRiskOnClose`).
   */
  get leaving(): Flushable {
    const atRisk = () => this.atRiskOnClose;
    return {
      flush: () => this.flush(),
      get hasUnsavedChanges() {
        return atRisk();
      },
    };
  }

  /** Sets the stored revision the page read at load, before any change. */
  basedOn(revision: number): void {
    this.#revision = revision;
  }

  /**
   * Stops journalling: the browser's storage is unusable (the page says so and offers a
   * backup), and edits must not be kept in `localStorage` behind the user's back instead.
   */
  stopJournal(): void {
    this.#journal = null;
    this.#journalled = false;
    this.#setJournalFailure(null);
  }

  /**
   * The page's record changed: journal it now, save it after the kind's delay; or at once when
   * the journal refused it (then nothing but the page holds it until the write resolved).
   */
  change(draft: Draft): void {
    this.#revision ??= this.#kind.baseOf(draft);
    const kept = this.#record(draft, this.#revision);
    this.#saver.change(draft, { now: kept.state === 'failed' });
  }

  /**
   * Saves now edits left in the journal by a page that closed, as based on revision `base`:
   * written when the stored record is still at `base` (or missing), a conflict otherwise.
   */
  replay(draft: Draft, base: number): Promise<void> {
    this.#revision = base;
    this.change(draft);
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

  /**
   * Stops all writes on a conflict found outside a write: another tab announced a newer version
   * while this one has edits. Ended as a conflict a write met.
   */
  block(theirs: Stored): void {
    this.#saver.block({ state: 'conflict', theirs });
  }

  /** In a conflict: writes this tab's record over the other tab's version. */
  resolveKeepMine(): Promise<void> {
    const conflict = this.#saver.conflict;
    if (!conflict) return Promise.resolve();
    this.#revision = this.#kind.revisionOf(conflict.theirs);
    // The journalled edits are now based on the other tab's revision.
    const mine = this.#saver.unsaved;
    if (mine !== null) this.#record(mine, this.#revision);
    return this.#saver.resume();
  }

  /** In a conflict: drops this tab's pending edits and returns the stored record to display. */
  resolveTakeTheirs(): Stored | null {
    const conflict = this.#saver.conflict;
    if (!conflict) return null;
    const mine = this.#saver.unsaved;
    this.#adopt(conflict.theirs);
    if (mine !== null) this.#journal?.clear(this.#kind.keyOf(mine), this.#writer);
    return conflict.theirs;
  }

  /**
   * Follows a newer stored version loaded by the page (another tab saved and this one had no
   * edits). Refused (false) when edits are pending: the next save then reports the conflict.
   */
  adopt(stored: Stored): boolean {
    if (!this.#saver.settled) return false;
    this.#adopt(stored);
    return true;
  }

  /** Stops the timer (the page is leaving); call `flush()` first to keep edits. */
  dispose(): void {
    this.#saver.dispose();
  }

  #adopt(stored: Stored): void {
    this.#revision = this.#kind.revisionOf(stored);
    this.#saver.reset(this.#savedStatus(stored));
  }

  /** Writes the change to the journal, and says whether it is kept there (and if not, why). */
  #record(draft: Draft, base: number): JournalWrite {
    if (!this.#journal) {
      this.#journalled = false;
      return { state: 'off' };
    }
    const entry = { record: draft, base, at: new Date().toISOString(), writer: this.#writer };
    const written = this.#journal.write(this.#kind.keyOf(draft), entry);
    this.#journalled = written.state === 'written';
    if (written.state === 'failed') {
      // Said once, not again at each keystroke while the storage stays the same.
      const failure = classifyJournalError(written.error, this.#kind.subject);
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
  async #save(draft: Draft): Promise<SavedRevision> {
    const kind = this.#kind;
    const written = await kind
      .save(draft, this.#revision ?? kind.baseOf(draft))
      .catch((error: unknown) => {
        // The stored version already holds these edits (this page's own write, ended as the
        // page closed, or a replay of it): no conflict to ask about.
        const theirs = kind.theirsOf(error);
        if (theirs !== null && kind.holds(theirs, draft)) return theirs;
        throw error;
      });
    this.#revision = kind.revisionOf(written);
    // Edits made during the write are now based on the revision it wrote.
    const newer = this.#saver.unsaved;
    if (newer === null) this.#journal?.clear(kind.keyOf(draft), this.#writer);
    // Refused by the journal now: written right after this write, not after the quiet time.
    else if (this.#record(newer, this.#revision).state === 'failed') void this.#saver.flush();
    this.#onSaved?.(written, draft);
    return this.#savedStatus(written);
  }

  /** The `saved` status of a stored record. */
  #savedStatus(stored: Stored): SavedRevision {
    return {
      state: 'saved',
      at: this.#kind.savedAt(stored),
      revision: this.#kind.revisionOf(stored),
    };
  }
}
