import type { Letter } from '../schemas/letter';
import { classifyStorageError } from '../storage/failure';
import { RevisionConflict } from './errors';
import type { LetterRepository } from './repository';
import type { AutoSaverOptions, SaveStatus } from './save-status';

export type { AutoSaverOptions, SaveStatus } from './save-status';

/**
 * Debounced saving of one letter, framework-free. Saves never overlap; a failed save keeps the
 * letter pending in memory; a conflict with another tab stops all writes until the caller
 * chooses `resolveKeepMine()` or `resolveTakeTheirs()`.
 */
export class AutoSaver {
  readonly #repo: Pick<LetterRepository, 'save'>;
  readonly #delayMs: number;
  readonly #onStatus: (status: SaveStatus) => void;
  readonly #onSaved: ((letter: Letter) => void) | undefined;
  #status: SaveStatus = { state: 'idle' };
  #pending: Letter | null = null;
  #revision: number | undefined;
  #theirs: Letter | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | null = null;

  /** `repo` is usually a `LetterRepository`; only its `save` is used. */
  constructor(repo: Pick<LetterRepository, 'save'>, options: AutoSaverOptions) {
    this.#repo = repo;
    this.#delayMs = options.delayMs ?? 600;
    this.#onStatus = options.onStatus;
    this.#onSaved = options.onSaved;
  }

  /** The current status. */
  get status(): SaveStatus {
    return this.#status;
  }

  /** The stored revision this tab's edits are based on (known after the first change). */
  get revision(): number | undefined {
    return this.#revision;
  }

  /** The letter not written yet (after an error, for a backup download), or `null`. */
  get unsaved(): Letter | null {
    return this.#pending;
  }

  /** Whether closing the page now would lose edits (pending, being written, or in conflict). */
  get hasUnsavedChanges(): boolean {
    return this.#pending !== null || this.#running !== null;
  }

  /** The page's letter changed: save it after `delayMs` of quiet. Pass the whole letter. */
  change(letter: Letter): void {
    this.#pending = letter;
    this.#revision ??= letter.revision;
    if (this.#theirs) return; // nothing is written until the caller resolves the conflict
    if (this.#status.state === 'idle' || this.#status.state === 'saved') {
      this.#emit({ state: 'pending' });
    }
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#kick();
    }, this.#delayMs);
  }

  /** Saves now whatever is pending (call on `pagehide` and when the page becomes hidden). */
  flush(): Promise<void> {
    this.#clearTimer();
    return this.#kick();
  }

  /** Tries again after an error (same as `flush`). */
  retry(): Promise<void> {
    return this.flush();
  }

  /** In a conflict: writes this tab's letter over the other tab's version. */
  resolveKeepMine(): Promise<void> {
    if (!this.#theirs) return Promise.resolve();
    this.#revision = this.#theirs.revision;
    this.#theirs = null;
    return this.flush();
  }

  /** In a conflict: drops this tab's pending edits and returns the stored letter to display. */
  resolveTakeTheirs(): Letter | null {
    const theirs = this.#theirs;
    if (!theirs) return null;
    this.#adopt(theirs);
    return theirs;
  }

  /**
   * Follows a newer stored version loaded by the page (another tab saved and this one had no
   * edits). Refused (false) when edits are pending: the next save then reports the conflict.
   */
  adopt(letter: Letter): boolean {
    if (this.#pending || this.#running || this.#theirs) return false;
    this.#adopt(letter);
    return true;
  }

  /** Stops the timer (the page is leaving the editor); call `flush()` first to keep edits. */
  dispose(): void {
    this.#clearTimer();
  }

  #adopt(letter: Letter): void {
    this.#clearTimer();
    this.#pending = null;
    this.#theirs = null;
    this.#revision = letter.revision;
    this.#emit({ state: 'saved', at: new Date(letter.updatedAt), revision: letter.revision });
  }

  #canSave(): boolean {
    return this.#pending !== null && this.#theirs === null && this.#timer === undefined;
  }

  /** Starts the save loop unless it runs already; resolves when it stops. */
  #kick(): Promise<void> {
    if (this.#running) return this.#running;
    if (!this.#canSave()) return Promise.resolve();
    // #loop awaits a save before reaching its `finally`, so #running is set before it is cleared.
    this.#running = this.#loop();
    return this.#running;
  }

  async #loop(): Promise<void> {
    try {
      // A change made during a save is saved right after it (or when its own delay ends).
      while (this.#canSave() && (await this.#saveOnce()));
    } finally {
      this.#running = null;
    }
  }

  /** Writes the pending letter; false when it failed (error or conflict). */
  async #saveOnce(): Promise<boolean> {
    const letter = this.#pending;
    if (!letter) return false;
    this.#pending = null;
    this.#emit({ state: 'saving' });
    let written: Letter;
    try {
      written = await this.#repo.save(letter, this.#revision ?? letter.revision);
    } catch (error) {
      this.#pending ??= letter; // keep the newest edits if more came in meanwhile
      if (error instanceof RevisionConflict) {
        this.#theirs = error.theirs;
        this.#emit({ state: 'conflict', theirs: error.theirs });
      } else {
        this.#emit({ state: 'error', failure: classifyStorageError(error) });
      }
      return false;
    }
    this.#revision = written.revision;
    this.#onSaved?.(written);
    this.#emit(
      this.#pending
        ? { state: 'pending' }
        : { state: 'saved', at: new Date(written.updatedAt), revision: written.revision },
    );
    return true;
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #emit(status: SaveStatus): void {
    this.#status = status;
    this.#onStatus(status);
  }
}
