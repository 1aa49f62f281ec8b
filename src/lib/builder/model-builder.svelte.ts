import type { LetterType } from '../schemas/letter-type';
import { USER_MODEL_SCHEMA_VERSION, type UserModel } from '../schemas/user-model';
import type { UserModelRepository } from '../models/repository-port';
import type { SaveStatus } from '../storage/save-status';
import { JournalledSaver } from '../persistence/journalled-saver';
import { modelFileName, modelFileText } from '../models/share';
import { downloadText } from '../files/download';
import type { Flushable } from '../persistence/journalled-saver';
import { leftInJournal } from '../persistence/left-in-journal';
import { sameContent } from '../persistence/same-content';
import { modelKind } from '../models/model-kind';
import type { ModelJournal } from '../models/model-journal';
import { keys } from '../persistence/keys';
import { aloneWriters, type LiveWriters } from '../storage/live-writers';
import type { JournalEntry } from '../storage/journal';
import { newId } from '../ids/new-id';
import type { ModelChannel, ModelMessage } from '../models/channel';
import { classifyStorageError, type StorageFailure } from '../storage/failure';
import { STORAGE_TIMEOUT_MS, withTimeout } from '../storage/timeout';
import type { ModelCommand } from './commands/command';
import { modelIssues } from './issues';
import { blankModel } from './start';

/** A model's saving status: with its revision once saved, and conflicts with other tabs. */
export type ModelSaveStatus = SaveStatus<UserModel>;

/** Where opening the model stands. */
export type BuilderLoad =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'missing'; id: string }
  | { kind: 'set-aside'; id: string; problems: string[] }
  | { kind: 'unreadable'; id: string };

/** A removal « Annuler » can take back: the command, its inverse, and what the bar says. */
export interface BuilderRemoval {
  change: ModelCommand;
  undo: ModelCommand;
  /** As the undo bar says it: « Champ « Discipline » supprimé ». */
  message: string;
  /** Id of the control to focus once undone. */
  focusAfterUndo: string;
}

/** Options of a `ModelBuilder`; tests shorten the delay and fix the clock and ids. */
export interface ModelBuilderOptions {
  delayMs?: number;
  now?: () => Date;
  makeId?: () => string;
  /**
   * Called at a new model's first change, before it is written (the page puts its id in the
   * address at once, so a reload finds it: the journal holds it until it is written).
   */
  onFirstChange?: (id: string) => void;
  /** Where each change is written synchronously before the debounced write (none by default). */
  journal?: ModelJournal | undefined;
  /** Which pages are open, so that only a closed page's journal entry is replayed. */
  writers?: LiveWriters | undefined;
  /** What other tabs do to models (see `listen`); a tab alone when absent. */
  channel?: ModelChannel | undefined;
}

/**
 * The state of one model being built. The model is immutable: components display it and change
 * it only through `apply(command)`, which replaces it. Every change is validated by the schema
 * of the ready models (`issues`, shown, never blocking the typing); a valid model is saved after
 * a quiet delay, checked against the revision this tab's edits are based on, and a conflict
 * with another tab stops the writes until the user chooses (`keepMine` / `takeTheirs`). A
 * model not valid yet is not written: the last valid version stays stored. Another tab's save
 * of the same model is shown at once when this tab has no unsaved change, and is the same
 * conflict choice otherwise.
 */
export class ModelBuilder {
  model = $state.raw<LetterType>(blankModel());
  load = $state<BuilderLoad>({ kind: 'loading' });
  status = $state.raw<ModelSaveStatus>({ state: 'idle' });
  removal = $state.raw<BuilderRemoval | null>(null);
  readonly issues = $derived(modelIssues(this.model));
  /** Why storage cannot be used at all (private browsing, blocked, no answer): edits stay here. */
  storageFailure = $state.raw<StorageFailure | null>(null);
  /** What another tab did, for the status line. */
  notice = $state('');
  /**
   * Why the journal (`localStorage`, full or blocked) refuses edits: each one is then written at
   * once, and closing the page asks until it is. Null once the journal takes an edit again.
   */
  journalFailure = $state.raw<StorageFailure | null>(null);
  /**
   * Whether a version of this model is in storage (read, or written once here): only then can
   * the editor write a letter from it (it reads the model by its id).
   */
  stored = $state(false);

  readonly #repo: UserModelRepository;
  readonly #now: () => Date;
  readonly #makeId: () => string;
  readonly #onFirstChange: ((id: string) => void) | undefined;
  readonly #journal: ModelJournal | undefined;
  readonly #writers: LiveWriters;
  /** Whether the page's address names the model already (opened, or told at its first change). */
  #named = false;
  readonly #channel: ModelChannel | undefined;
  #unsubscribe: (() => void) | null = null;
  /** The model as last stored (saved here or read): any other value is an unsaved change. */
  #stored: LetterType | null = null;
  readonly #saver: JournalledSaver<UserModel, UserModel>;
  #id = '';
  #createdAt = '';

  constructor(repo: UserModelRepository, options: ModelBuilderOptions = {}) {
    this.#repo = repo;
    this.#now = options.now ?? (() => new Date());
    this.#makeId = options.makeId ?? newId;
    this.#onFirstChange = options.onFirstChange;
    this.#channel = options.channel;
    this.#journal = options.journal;
    this.#writers = options.writers ?? aloneWriters();
    this.#saver = new JournalledSaver(modelKind(repo, options.delayMs), {
      onStatus: (status) => (this.status = status),
      onSaved: (written, record) => this.#saved(written, record),
      onJournal: (failure) => (this.journalFailure = failure),
      journal: this.#journal,
      writer: this.#writers.self,
    });
  }

  /** The model's id (also the `typeId` of letters written from it). */
  get id(): string {
    return this.#id;
  }

  /** Whether the model can be saved as it stands (no problem left). */
  get valid(): boolean {
    return this.issues.length === 0;
  }

  /** Whether the model shown differs from the version stored (edits not written, or invalid). */
  get hasUnsavedChanges(): boolean {
    return this.model !== this.#stored;
  }

  /** What leaving the page needs (`saveOnLeave`): the prompt only while the journal misses edits. */
  get leaving(): Flushable {
    return this.#saver.leaving;
  }

  /** Stops journalling: storage is unusable (said, with the export), see `JournalledSaver`. */
  stopJournal(): void {
    this.#saver.stopJournal();
  }

  /** Starts a new model from `model` (a blank one, a ready model, a letter): written on its first change. */
  begin(model: LetterType): void {
    this.#id = this.#makeId();
    this.#createdAt = this.#now().toISOString();
    this.#saver.basedOn(0);
    this.#named = false;
    this.stored = false;
    this.model = model;
    this.#stored = model;
    this.load = { kind: 'ready' };
  }

  /** Opens the stored model `id`; storage that does not answer within `waitMs` is said. */
  async open(id: string, waitMs = STORAGE_TIMEOUT_MS): Promise<void> {
    this.load = { kind: 'loading' };
    const opened = await withTimeout(this.#repo.open(id), waitMs).catch((error: unknown) => {
      const failure = classifyStorageError(error, 'storage');
      if (failure.kind === 'timeout') this.storageFailure = failure;
      return null;
    });
    if (opened === null) this.load = { kind: 'unreadable', id };
    else if (opened.kind === 'set-aside')
      this.load = { kind: 'set-aside', id, problems: opened.problems };
    else {
      // Edits a closed page left in the journal: replayed through the revision-checked save.
      const entry = await leftInJournal(this.#journal, keys.model(id), this.#writers);
      const stored = opened.kind === 'found' ? opened.record : null;
      if (stored) {
        this.#adopt(stored);
        this.#saver.adopt(stored);
      } else if (!entry) {
        this.load = { kind: 'missing', id };
        return;
      }
      this.#named = true;
      if (entry) this.#replay(entry, stored);
      this.load = { kind: 'ready' };
    }
  }

  /** Shows and saves the journalled edits, unless `stored` holds them already. */
  #replay(entry: JournalEntry<UserModel>, stored: UserModel | null): void {
    if (stored && sameContent(stored.model, entry.record.model)) {
      this.#journal?.clear(keys.model(stored.id), entry.writer);
      return;
    }
    if (!stored) {
      // A new model closed before its first write: it is this one, never stored yet.
      this.#id = entry.record.id;
      this.#createdAt = entry.record.createdAt;
      this.#saver.basedOn(entry.base);
      this.#stored = null;
    }
    this.model = entry.record.model;
    void this.#saver.replay(this.#record(), entry.base);
  }

  /**
   * Follows what other tabs do to this model until the returned function (or `stop`) is
   * called: a newer version is shown when this tab has no unsaved change, else it is a conflict.
   */
  listen(): () => void {
    this.#unsubscribe?.();
    const stop = this.#channel?.subscribe((message) => void this.#onMessage(message));
    this.#unsubscribe = () => {
      stop?.();
      this.#unsubscribe = null;
    };
    return this.#unsubscribe;
  }

  /**
   * Downloads the model as it stands in this tab, in the file « Importer un modèle » reads;
   * returns the file's name. Offered where the model is made and by its alerts.
   */
  exportFile(): string {
    const record = this.#record();
    const name = modelFileName(record);
    downloadText(name, modelFileText(record));
    return name;
  }

  /** The model as it stands in this tab, as a stored record (for « Exporter le modèle »). */
  snapshot(): UserModel {
    return this.#record();
  }

  /** The one way the model changes; the save follows when it is valid. */
  apply(command: ModelCommand): void {
    this.notice = '';
    this.model = command(this.model);
    if (!this.valid) return;
    if (!this.#named) {
      this.#named = true;
      this.#onFirstChange?.(this.#id);
    }
    this.#saver.change(this.#record());
  }

  /** Applies `removal.change` and keeps it so that « Annuler » can put back what it removed. */
  remove(removal: BuilderRemoval): void {
    this.apply(removal.change);
    this.removal = removal;
  }

  /** Puts back what the last removal took away; returns it (for the focus), or null. */
  undo(): BuilderRemoval | null {
    const removal = this.removal;
    if (!removal) return null;
    this.removal = null;
    this.apply(removal.undo);
    return removal;
  }

  /** Closes the undo bar: the removal stands. */
  dismissUndo(): void {
    this.removal = null;
  }

  /** Tries the failed save again. */
  retry(): Promise<void> {
    return this.#saver.retry();
  }

  /** Writes now whatever is pending. */
  flush(): Promise<void> {
    return this.#saver.flush();
  }

  /** In a conflict: writes this tab's model over the other tab's version. */
  keepMine(): Promise<void> {
    const conflict = this.#saver.conflict;
    if (!conflict) return Promise.resolve();
    // Queued again: a conflict announced by another tab may have found nothing pending here.
    if (this.valid) this.#saver.change(this.#record());
    return this.#saver.resolveKeepMine();
  }

  /** In a conflict: drops this tab's edits and shows the other tab's version. */
  takeTheirs(): void {
    const theirs = this.#saver.resolveTakeTheirs();
    if (theirs) this.#adopt(theirs);
  }

  /** Stops the timer after writing what is pending (the page is leaving). */
  async stop(): Promise<void> {
    this.#unsubscribe?.();
    await this.#saver.flush();
    this.#saver.dispose();
  }

  #adopt(record: UserModel): void {
    this.stored = true;
    this.#id = record.id;
    this.#createdAt = record.createdAt;
    this.model = record.model;
    this.#stored = record.model;
    this.removal = null;
  }

  async #onMessage(message: ModelMessage): Promise<void> {
    if (this.load.kind !== 'ready' || message.id !== this.#id) return;
    if (message.kind === 'removed') {
      this.notice = 'Ce modèle a été supprimé dans un autre onglet.';
      return;
    }
    if (message.kind !== 'saved' || message.revision <= this.#revision) return;
    const opened = await this.#repo.open(this.#id).catch(() => null);
    if (opened?.kind !== 'found' || opened.record.revision <= this.#revision) return;
    if (this.#saver.conflict) return; // the choice is already offered
    if (this.hasUnsavedChanges || !this.#saver.settled) {
      this.#saver.block(opened.record);
      return;
    }
    this.#adopt(opened.record);
    this.#saver.adopt(opened.record);
    this.notice = 'Modèle mis à jour depuis un autre onglet.';
  }

  /** The stored revision this tab's edits are based on (0: never written); the saver's. */
  get #revision(): number {
    return this.#saver.revision ?? 0;
  }

  #record(): UserModel {
    return {
      schemaVersion: USER_MODEL_SCHEMA_VERSION,
      id: this.#id,
      revision: this.#revision,
      createdAt: this.#createdAt,
      updatedAt: this.#now().toISOString(),
      model: this.model,
    };
  }

  /** After a write: the next edits are based on it, and other tabs hear of it. */
  #saved(written: UserModel, record: UserModel): void {
    this.#stored = record.model;
    this.stored = true;
    this.#channel?.announce({ kind: 'saved', id: written.id, revision: written.revision });
  }
}
