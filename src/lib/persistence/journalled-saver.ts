import {
  classifyJournalError,
  classifyStorageError,
  type StorageFailure,
} from '../storage/failure';
import { WriteAheadJournal, type JournalWrite } from '../storage/journal';
import type { Conflict, SaveProgress, SavedRevision } from '../storage/save-status';
import { newId } from '../ids/new-id';
import type { SavedKind } from './saved-kind';

/** Where saving a record with revisions stands (`SaveStatus<Stored>`, spelt out for generics). */
export type RevisionedStatus<Stored> = SaveProgress | SavedRevision | Conflict<Stored>;

/** What leaving the page needs from a saver (see `saveOnLeave`). */
export interface Flushable {
  flush(): Promise<void>;
  /** Whether closing the page now would lose edits nothing else keeps (the prompt shows then). */
  readonly hasUnsavedChanges: boolean;
}

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
 * The one saver of every kind of record (see `SavedKind`): debounced, journalled, with
 * revisions. Writes never overlap; `saved` is reported only after the write resolved; a failed
 * write keeps the draft pending (nothing is lost) until `retry()` or the next change. Each
 * write is checked against the revision this tab's edits are based on; a conflict with another
 * tab stops all writes until the caller chooses `resolveKeepMine()` or `resolveTakeTheirs()`.
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
  readonly #options: JournalledSaverOptions<Draft, Stored>;
  #journal: WriteAheadJournal<Draft> | null;
  readonly #writer: string;
  #status: RevisionedStatus<Stored> = { state: 'idle' };
  #revision: number | undefined;
  /** The draft not written yet, or null. */
  #pending: Draft | null = null;
  #conflict: Conflict<Stored> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | null = null;
  /** Whether the latest change is safe in the journal (false when it is full or missing). */
  #journalled = false;
  /** Why the journal refused the latest change, or null (written, or no journal). */
  #journalFailure: StorageFailure | null = null;

  constructor(kind: SavedKind<Draft, Stored>, options: JournalledSaverOptions<Draft, Stored>) {
    this.#kind = kind;
    this.#options = options;
    this.#journal = options.journal ?? null;
    this.#writer = options.writer ?? newId();
  }

  /** The current status. */
  get status(): RevisionedStatus<Stored> {
    return this.#status;
  }

  /** The stored revision this tab's edits are based on (known after the first change). */
  get revision(): number | undefined {
    return this.#revision;
  }

  /** The draft not written yet (after an error, for a backup download), or `null`. */
  get unsaved(): Draft | null {
    return this.#pending;
  }

  /** The conflict writes are stopped on, or `null`. */
  get conflict(): Conflict<Stored> | null {
    return this.#conflict;
  }

  /** Nothing pending, being written or in conflict: a version stored elsewhere may be shown. */
  get settled(): boolean {
    return !this.#pending && !this.#running && !this.#conflict;
  }

  /** Whether edits are not written yet (pending, being written, or in conflict). */
  get hasUnsavedChanges(): boolean {
    return this.#pending !== null || this.#running !== null;
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
   * The page's record changed (pass the whole draft): journal it now, write it after the
   * kind's quiet time; or at once (right after the write in progress, if any) when the journal
   * refused it, since nothing but the page holds it then.
   */
  change(draft: Draft): void {
    this.#revision ??= this.#kind.baseOf(draft);
    const kept = this.#record(draft, this.#revision);
    this.#pending = draft;
    if (this.#conflict) return; // nothing is written until the conflict is resolved
    this.#clearTimer();
    if (kept.state === 'failed') {
      void this.#kick(); // the write loop takes the newest draft once the write in progress ends
      return;
    }
    // `saving` and `error` stay shown until the next write starts or ends.
    if (this.#status.state === 'idle' || this.#status.state === 'saved')
      this.#emit({ state: 'pending' });
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#kick();
    }, this.#kind.delayMs);
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

  /**
   * Writes now whatever is pending (call on `pagehide` and when the page becomes hidden);
   * resolves when nothing is being written.
   */
  flush(): Promise<void> {
    this.#clearTimer();
    return this.#kick();
  }

  /** Tries again after an error (same as `flush`). */
  retry(): Promise<void> {
    return this.flush();
  }

  /**
   * Stops all writes on a conflict found outside a write: another tab announced a newer version
   * while this one has edits. Ended as a conflict a write met.
   */
  block(theirs: Stored): void {
    this.#clearTimer();
    this.#conflict = { state: 'conflict', theirs };
    this.#emit(this.#conflict);
  }

  /** In a conflict: writes this tab's record over the other tab's version. */
  resolveKeepMine(): Promise<void> {
    const conflict = this.#conflict;
    if (!conflict) return Promise.resolve();
    this.#revision = this.#kind.revisionOf(conflict.theirs);
    // The journalled edits are now based on the other tab's revision.
    if (this.#pending !== null) this.#record(this.#pending, this.#revision);
    this.#conflict = null;
    return this.flush();
  }

  /** In a conflict: drops this tab's pending edits and returns the stored record to display. */
  resolveTakeTheirs(): Stored | null {
    const conflict = this.#conflict;
    if (!conflict) return null;
    const mine = this.#pending;
    this.#adopt(conflict.theirs);
    if (mine !== null) this.#journal?.clear(this.#kind.keyOf(mine), this.#writer);
    return conflict.theirs;
  }

  /**
   * Follows a newer stored version loaded by the page (another tab saved and this one had no
   * edits). Refused (false) when edits are pending: the next save then reports the conflict.
   */
  adopt(stored: Stored): boolean {
    if (!this.settled) return false;
    this.#adopt(stored);
    return true;
  }

  /** Stops the timer (the page is leaving); call `flush()` first to keep edits. */
  dispose(): void {
    this.#clearTimer();
  }

  /** Drops pending edits and any conflict: `stored` is now what is saved, and shown as such. */
  #adopt(stored: Stored): void {
    this.#clearTimer();
    this.#revision = this.#kind.revisionOf(stored);
    this.#pending = null;
    this.#conflict = null;
    this.#emit(this.#savedStatus(stored));
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

  /**
   * Clears `draft`'s journal entry once it is written. When the journal refused a change
   * before, it is tried again now with the record just written (then cleared): the page's
   * « plein » banner leaves once space is freed, and stays beside « Enregistré » while the
   * journal still refuses, its cause still there.
   */
  #settleJournal(draft: Draft): void {
    const key = this.#kind.keyOf(draft);
    if (this.#journalFailure !== null && this.#journal)
      this.#record(draft, this.#revision ?? this.#kind.baseOf(draft));
    this.#journal?.clear(key, this.#writer);
  }

  #setJournalFailure(failure: StorageFailure | null): void {
    if (failure === this.#journalFailure) return;
    this.#journalFailure = failure;
    this.#options.onJournal?.(failure);
  }

  #canSave(): boolean {
    return this.#pending !== null && this.#conflict === null && this.#timer === undefined;
  }

  /** Starts the write loop unless it runs already; resolves when it stops. */
  #kick(): Promise<void> {
    if (this.#running) return this.#running;
    if (!this.#canSave()) return Promise.resolve();
    // #loop awaits a write before reaching its `finally`, so #running is set before it is cleared.
    this.#running = this.#loop();
    return this.#running;
  }

  async #loop(): Promise<void> {
    try {
      // A change made during a write is written right after it (or when its own delay ends).
      while (this.#canSave() && (await this.#saveOnce()));
    } finally {
      this.#running = null;
    }
  }

  /** Writes the pending draft, checked against the revision it is based on; false when it failed. */
  async #saveOnce(): Promise<boolean> {
    const draft = this.#pending;
    if (draft === null) return false;
    this.#pending = null;
    this.#emit({ state: 'saving' });
    const kind = this.#kind;
    let written: Stored;
    try {
      written = await kind.save(draft, this.#revision ?? kind.baseOf(draft));
    } catch (error) {
      const theirs = kind.theirsOf(error);
      // The stored version already holds these edits (this page's own write, ended as the
      // page closed, or a replay of it): no conflict to ask about.
      if (theirs !== null && kind.holds(theirs, draft)) written = theirs;
      else {
        this.#pending ??= draft; // keep the newest edits if more came in meanwhile
        this.#conflict = theirs === null ? null : { state: 'conflict', theirs };
        this.#emit(
          this.#conflict ?? { state: 'error', failure: classifyStorageError(error, kind.subject) },
        );
        return false;
      }
    }
    this.#revision = kind.revisionOf(written);
    // Edits made during the write are now based on the revision it wrote.
    const newer = this.#pending;
    if (newer === null) this.#settleJournal(draft);
    // Refused by the journal now: written right after this write, not after the quiet time.
    else if (this.#record(newer, this.#revision).state === 'failed') this.#clearTimer();
    this.#options.onSaved?.(written, draft);
    this.#emit(this.#pending !== null ? { state: 'pending' } : this.#savedStatus(written));
    return true;
  }

  /** The `saved` status of a stored record. */
  #savedStatus(stored: Stored): SavedRevision {
    const kind = this.#kind;
    return { state: 'saved', at: kind.savedAt(stored), revision: kind.revisionOf(stored) };
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #emit(status: RevisionedStatus<Stored>): void {
    this.#status = status;
    this.#options.onStatus(status);
  }
}
