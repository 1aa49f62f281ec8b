import type { School, SchoolRecord } from '../schemas/school';
import { DebouncedSaver } from '../storage/debounced-saver';
import type { Conflict, SaveStatus, SavedRevision } from '../storage/save-status';
import { SchoolRevisionConflict } from './errors';
import type { SchoolRepository } from './repository';

/** « Mon établissement »'s saving status: with its revision once saved, and conflicts. */
export type SchoolSaveStatus = SaveStatus<SchoolRecord>;

/** Options of a `SchoolAutoSaver`. */
export interface SchoolAutoSaverOptions {
  /** Quiet time after the last change before saving (debounce), in ms. */
  delayMs?: number;
  /** Called on every status change. */
  onStatus: (status: SchoolSaveStatus) => void;
  /** Called after each write that resolved, with the record written (to tell other tabs). */
  onSaved?: (record: SchoolRecord) => void;
}

/**
 * Debounced saving of « Mon établissement », as letters are saved: each write is checked
 * against the revision this tab's edits are based on, and a conflict with another tab stops
 * all writes until `resolveKeepMine()` or `resolveTakeTheirs()`.
 */
export class SchoolAutoSaver {
  readonly #repo: Pick<SchoolRepository, 'save'>;
  readonly #onSaved: ((record: SchoolRecord) => void) | undefined;
  readonly #saver: DebouncedSaver<School, SavedRevision, Conflict<SchoolRecord>>;
  /** 0 until `basedOn`: nothing stored yet. */
  #revision = 0;

  /** `repo` is usually a `SchoolRepository`; only its `save` is used. */
  constructor(repo: Pick<SchoolRepository, 'save'>, options: SchoolAutoSaverOptions) {
    this.#repo = repo;
    this.#onSaved = options.onSaved;
    this.#saver = new DebouncedSaver<School, SavedRevision, Conflict<SchoolRecord>>({
      subject: 'school',
      delayMs: options.delayMs ?? 500,
      onStatus: options.onStatus,
      save: (school) => this.#save(school),
      conflictOf: (error) =>
        error instanceof SchoolRevisionConflict
          ? { state: 'conflict', theirs: error.theirs }
          : null,
    });
  }

  /** The current status. */
  get status(): SchoolSaveStatus {
    return this.#saver.status;
  }

  /** The stored revision this tab's edits are based on. */
  get revision(): number {
    return this.#revision;
  }

  /** Whether closing the page now would lose edits (pending, being written, or in conflict). */
  get hasUnsavedChanges(): boolean {
    return this.#saver.hasUnsavedChanges;
  }

  /** Sets the stored revision the page read at load, before any change. */
  basedOn(revision: number): void {
    this.#revision = revision;
  }

  /** The school changed: save it after `delayMs` of quiet. Pass the whole school. */
  change(school: School): void {
    this.#saver.change(school);
  }

  /** Saves now whatever is pending. */
  flush(): Promise<void> {
    return this.#saver.flush();
  }

  /** Tries again after an error. */
  retry(): Promise<void> {
    return this.#saver.retry();
  }

  /** In a conflict: writes this tab's school over the other tab's version. */
  resolveKeepMine(): Promise<void> {
    const conflict = this.#saver.conflict;
    if (!conflict) return Promise.resolve();
    this.#revision = conflict.theirs.revision;
    return this.#saver.resume();
  }

  /** In a conflict: drops this tab's pending edits and returns the stored record to show. */
  resolveTakeTheirs(): SchoolRecord | null {
    const conflict = this.#saver.conflict;
    if (!conflict) return null;
    this.#adopt(conflict.theirs);
    return conflict.theirs;
  }

  /**
   * Follows a newer record another tab stored, when this tab has no edits of its own; refused
   * (false) otherwise: the next save then reports the conflict.
   */
  adopt(record: SchoolRecord): boolean {
    if (!this.#saver.settled) return false;
    this.#adopt(record);
    return true;
  }

  /** Stops the timer (the page is leaving); call `flush()` first to keep edits. */
  dispose(): void {
    this.#saver.dispose();
  }

  #adopt(record: SchoolRecord): void {
    this.#revision = record.revision;
    this.#saver.reset(savedStatus(record));
  }

  async #save(school: School): Promise<SavedRevision> {
    const written = await this.#repo.save(school, this.#revision);
    this.#revision = written.revision;
    this.#onSaved?.(written);
    return savedStatus(written);
  }
}

/** The `saved` status of a stored record (a migrated one has no date: shown as now). */
function savedStatus(record: SchoolRecord): SavedRevision {
  const at = record.updatedAt ? new Date(record.updatedAt) : new Date();
  return { state: 'saved', at, revision: record.revision };
}
