import { classifyStorageError, type StorageSubject } from './failure';
import type { Conflict, SaveProgress, Saved } from './save-status';

/** How one kind of record is saved. `Done` and `Blocked` say whether it has revisions. */
export interface DebouncedSaverOptions<T, Done extends Saved, Blocked extends Conflict<unknown>> {
  /** What is saved, named in failure messages (`letter`, `school`). */
  subject: StorageSubject;
  /** Quiet time after the last change before writing, in ms. */
  delayMs: number;
  /** Writes the record; resolves with the `saved` status to show once the write resolved. */
  save: (record: T) => Promise<Done>;
  /** Called on every status change. */
  onStatus: (status: SaveProgress | Done | Blocked) => void;
  /**
   * For records with revisions: the conflict a failed write stands for (another tab wrote
   * first), or null when it is a plain storage error. Without it every failure is an error.
   */
  conflictOf?: (error: unknown) => Blocked | null;
}

/** What leaving the page needs from a saver (see `saveOnLeave`). */
export interface Flushable {
  flush(): Promise<void>;
  /** Whether closing the page now would lose edits nothing else keeps (the prompt shows then). */
  readonly hasUnsavedChanges: boolean;
}

/**
 * Debounced saving of one record, framework-free, shared by letters and « Mon établissement ».
 * Writes never overlap; `saved` is reported only after the write resolved; a failed write keeps
 * the record pending (nothing is lost) until `retry()` or the next change; a conflict stops all
 * writes until `resume()` or `reset()`.
 */
export class DebouncedSaver<
  T,
  Done extends Saved = Saved,
  Blocked extends Conflict<unknown> = never,
> implements Flushable {
  readonly #options: DebouncedSaverOptions<T, Done, Blocked>;
  #status: SaveProgress | Done | Blocked = { state: 'idle' };
  #pending: T | null = null;
  #conflict: Blocked | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | null = null;

  constructor(options: DebouncedSaverOptions<T, Done, Blocked>) {
    this.#options = options;
  }

  /** The current status. */
  get status(): SaveProgress | Done | Blocked {
    return this.#status;
  }

  /** The record not written yet (after an error, for a backup download), or `null`. */
  get unsaved(): T | null {
    return this.#pending;
  }

  /** The conflict writes are stopped on, or `null`. */
  get conflict(): Blocked | null {
    return this.#conflict;
  }

  /** Whether closing the page now would lose edits (pending, being written, or in conflict). */
  get hasUnsavedChanges(): boolean {
    return this.#pending !== null || this.#running !== null;
  }

  /** Nothing pending, being written or in conflict: a version stored elsewhere may be shown. */
  get settled(): boolean {
    return !this.#pending && !this.#running && !this.#conflict;
  }

  /**
   * The record changed: write it after `delayMs` of quiet. With `now`, write it without waiting
   * (right after the write in progress, if any): nothing else keeps it, e.g. its write-ahead
   * journal could not be written, and a page closed during the wait would lose it. Pass the
   * whole record.
   */
  change(record: T, { now = false }: { now?: boolean } = {}): void {
    this.#pending = record;
    if (this.#conflict) return; // nothing is written until the conflict is resolved
    this.#clearTimer();
    if (now) {
      // The write loop takes the newest pending record once the write in progress ends.
      void this.#kick();
      return;
    }
    // `saving` and `error` stay shown until the next write starts or ends.
    if (this.#status.state === 'idle' || this.#status.state === 'saved') {
      this.#emit({ state: 'pending' });
    }
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#kick();
    }, this.#options.delayMs);
  }

  /** Writes now whatever is pending; resolves when nothing is being written. */
  flush(): Promise<void> {
    this.#clearTimer();
    return this.#kick();
  }

  /** Tries again after an error (same as `flush`). */
  retry(): Promise<void> {
    return this.flush();
  }

  /** Ends a conflict and writes the pending record (the caller has rebased it first). */
  resume(): Promise<void> {
    this.#conflict = null;
    return this.flush();
  }

  /**
   * Stops all writes on a conflict found outside a write: another tab announced a newer version
   * while this one has edits. Ended by `resume()` or `reset()`, as a conflict a write met.
   */
  block(conflict: Blocked): void {
    this.#clearTimer();
    this.#conflict = conflict;
    this.#emit(conflict);
  }

  /** Drops pending edits and any conflict: the record stored is now `saved` (shown as such). */
  reset(saved: Done): void {
    this.#clearTimer();
    this.#pending = null;
    this.#conflict = null;
    this.#emit(saved);
  }

  /** Stops the timer (the page is leaving); call `flush()` first to keep edits. */
  dispose(): void {
    this.#clearTimer();
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

  /** Writes the pending record; false when it failed (error or conflict). */
  async #saveOnce(): Promise<boolean> {
    const record = this.#pending;
    if (record === null) return false;
    this.#pending = null;
    this.#emit({ state: 'saving' });
    let saved: Done;
    try {
      saved = await this.#options.save(record);
    } catch (error) {
      this.#pending ??= record; // keep the newest edits if more came in meanwhile
      const conflict = this.#options.conflictOf?.(error) ?? null;
      this.#conflict = conflict;
      this.#emit(
        conflict ?? { state: 'error', failure: classifyStorageError(error, this.#options.subject) },
      );
      return false;
    }
    this.#emit(this.#pending !== null ? { state: 'pending' } : saved);
    return true;
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #emit(status: SaveProgress | Done | Blocked): void {
    this.#status = status;
    this.#options.onStatus(status);
  }
}
