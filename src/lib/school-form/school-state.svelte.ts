import { emptySchool, schoolOf, type School, type SchoolHeadingKey } from '../schemas/school';
import type { SchoolImage, SchoolImageKey } from '../schemas/logo';
import type { BadImages } from '../school/migrate';
import type { LetterChannel, LetterMessage } from '../persistence/channel';
import type { LetterRepository } from '../letters/repository';
import type { RejectedRecord } from '../persistence/quarantine';
import type { OpenedSchool } from '../school/repository';
import { SchoolAutoSaver, type SchoolSaveStatus } from '../school/autosave';
import { probeWithin, waitOf, type StorageProbe } from '../storage/probe';
import { classifyStorageError, type StorageFailure } from '../storage/failure';
import { withTimeout } from '../storage/timeout';
import { saveOnLeave } from '../letters/leave';
import { requestPersistence } from '../storage/persist';
import { keys } from '../persistence/keys';
import type { SchoolJournal } from '../school/school-journal';
import { aloneWriters, type LiveWriters } from '../storage/live-writers';
import type { JournalEntry } from '../storage/journal';
import { leftInJournal } from '../persistence/left-in-journal';
import { sameContent } from '../persistence/same-content';

/** What « Mon établissement » needs from the page's services (memory-backed in tests). */
export interface SchoolServices {
  store: StorageProbe;
  repo: Pick<LetterRepository, 'school'>;
  channel: LetterChannel;
  /** Pending edits, written synchronously (`localStorage`); none when absent (tests). */
  schoolJournal?: SchoolJournal;
  /** Which pages are open, so that only a closed page's journal entry is replayed. */
  writers?: LiveWriters;
}

/** Options; tests shorten the delay (the repository's clock dates the saves). */
export interface SchoolEditorOptions {
  delayMs?: number;
  /** Listens to `pagehide` / `visibilitychange`; tests pass `false`. */
  saveOnLeave?: boolean;
}

/**
 * « Mon établissement » being edited: saved ~500 ms after the last keystroke, at once when the
 * page is hidden or closed, writes never overlapping. A failed write keeps the edits pending
 * (nothing is lost) until `retry()` or the next keystroke. As for letters, each write is based
 * on a revision: another tab's save is followed when this tab has no edits, and is a conflict
 * the user resolves otherwise. An unreadable record is set aside and said, never lost.
 */
export class SchoolEditor {
  school = $state<School>({ ...emptySchool });
  /** Where saving stands (`loading` until `start()` has read the school). */
  status = $state<SchoolSaveStatus>({ state: 'loading' });
  /** Why storage cannot be used at all (private browsing…): edits stay in the page. */
  storageFailure = $state<StorageFailure | null>(null);
  /**
   * Why the journal (`localStorage`, full or blocked) refuses edits: each one is then written at
   * once, and closing the page asks until it is. Null once the journal takes an edit again.
   */
  journalFailure = $state<StorageFailure | null>(null);
  /** What another tab did. */
  notice = $state('');
  /** The unreadable record kept aside (in quarantine), with its problems; `null` if none. */
  setAside = $state.raw<RejectedRecord | null>(null);
  /** Why a stored image could not be read (set aside alone, the rest opened), by image. */
  imagesSetAside = $state.raw<BadImages>({});

  readonly #services: SchoolServices;
  readonly #listenToLeave: boolean;
  readonly #saver: SchoolAutoSaver;
  readonly #writers: LiveWriters;
  #cleanups: (() => void)[] = [];

  constructor(services: SchoolServices, options: SchoolEditorOptions = {}) {
    this.#services = services;
    this.#listenToLeave = options.saveOnLeave ?? true;
    this.#writers = services.writers ?? aloneWriters();
    this.#saver = new SchoolAutoSaver(services.repo.school, {
      delayMs: options.delayMs ?? 500,
      onStatus: (status) => (this.status = status),
      onSaved: () => this.#saved(),
      onJournal: (failure) => (this.journalFailure = failure),
      journal: services.schoolJournal,
      writer: this.#writers.self,
    });
  }

  /** Whether edits are not written yet (pending, being written, or in conflict). */
  get hasUnsavedChanges(): boolean {
    return this.#saver.hasUnsavedChanges;
  }

  /** Whether closing the page now would lose edits the journal does not hold either. */
  get atRiskOnClose(): boolean {
    return this.#saver.atRiskOnClose;
  }

  async start(): Promise<void> {
    const { store, channel } = this.#services;
    // Bounded waits: storage that never answers must not leave « Chargement… » forever.
    const probe = await probeWithin(store);
    if (!probe.ok) {
      this.storageFailure = probe.failure;
      this.#saver.stopJournal();
    }
    if (probe.ok) {
      const { opened, setAside } = await withTimeout(this.#read(), waitOf(store)).catch(
        (error: unknown) => {
          const failure = classifyStorageError(error, 'school');
          if (failure.kind === 'timeout') this.storageFailure = failure;
          return { opened: { kind: 'missing' } as const, setAside: null };
        },
      );
      if (opened.kind === 'found') {
        this.school = schoolOf(opened.record);
        this.imagesSetAside = opened.imagesSetAside ?? {};
        this.#saver.basedOn(opened.record.revision);
      }
      this.setAside = setAside;
      if (opened.kind !== 'set-aside') {
        const entry = await leftInJournal(this.#services.schoolJournal, keys.school, this.#writers);
        if (entry) this.#replay(entry, opened.kind === 'found' ? schoolOf(opened.record) : null);
      }
    }
    // The browser's « Quitter le site ? » prompt only while a close would lose edits: the
    // journal keeps them otherwise (see `saveOnLeave`).
    if (this.#listenToLeave) this.#cleanups.push(saveOnLeave(this.#saver.leaving));
    this.#cleanups.push(channel.subscribe((message) => void this.#onMessage(message)));
    this.status = this.#saver.status;
  }

  /**
   * Shows and saves the edits a closed page left in the journal, through the revision-checked
   * save (a conflict if another tab saved since), unless `stored` holds them already.
   */
  #replay(entry: JournalEntry<School>, stored: School | null): void {
    if (stored && sameContent(stored, entry.record)) {
      this.#services.schoolJournal?.clear(keys.school, entry.writer);
      return;
    }
    this.school = entry.record;
    void this.#saver.replay(this.snapshot(), entry.base);
  }

  /** The stored school, and the copy set aside (now, or on an earlier visit: still said). */
  async #read(): Promise<{ opened: OpenedSchool; setAside: RejectedRecord | null }> {
    const { school } = this.#services.repo;
    const opened = await school.open();
    if (opened.kind === 'set-aside')
      return { opened, setAside: { key: 'school', problems: opened.problems } };
    return { opened, setAside: await school.setAside().catch(() => null) };
  }

  /** Stops listening and writes what is pending. */
  async stop(): Promise<void> {
    for (const cleanup of this.#cleanups) cleanup();
    this.#cleanups = [];
    await this.flush();
    this.#saver.dispose();
  }

  /** One field changed: keeps it and schedules the save. */
  change(key: SchoolHeadingKey, value: string): void {
    this.school[key] = value;
    this.#edited();
  }

  /** An image chosen (already checked by `readImageFile`), or `null` to remove it. */
  setImage(key: SchoolImageKey, image: SchoolImage | null): void {
    // A new object without the key: no image is stored as no key, as before the images.
    const { [key]: _old, ...rest } = this.school;
    this.school = image ? { ...rest, [key]: image } : rest;
    this.#edited();
  }

  /** Keeps the edit pending and schedules the save. */
  #edited(): void {
    this.notice = '';
    this.#saver.change(this.snapshot());
  }

  /** Writes now whatever is pending; resolves when nothing is being written. */
  flush(): Promise<void> {
    return this.#saver.flush();
  }

  /** Tries the failed write again. */
  retry(): Promise<void> {
    return this.#saver.retry();
  }

  /** In a conflict: writes this tab's school over the other tab's version. */
  keepMine(): Promise<void> {
    this.notice = '';
    return this.#saver.resolveKeepMine();
  }

  /** In a conflict: shows the other tab's version and drops this tab's edits. */
  takeTheirs(): void {
    const theirs = this.#saver.resolveTakeTheirs();
    if (!theirs) return;
    this.school = schoolOf(theirs);
    this.notice = 'Version de l’autre onglet affichée.';
  }

  /** The school as typed (for a backup download when storage fails). */
  snapshot(): School {
    return $state.snapshot(this.school);
  }

  /** After a write: the other tabs hear of it only once it resolved. */
  #saved(): void {
    this.storageFailure = null;
    this.#services.channel.announce({ kind: 'school-saved' });
    void requestPersistence(); // asked once per page; keeps the data when space runs low
  }

  async #onMessage(message: LetterMessage): Promise<void> {
    // While this tab has edits of its own, the next save reports the conflict instead.
    if (message.kind !== 'school-saved' || this.hasUnsavedChanges) return;
    const opened = await this.#services.repo.school.open().catch(() => null);
    if (opened?.kind !== 'found' || opened.record.revision === this.#saver.revision) return;
    if (!this.#saver.adopt(opened.record)) return;
    this.school = schoolOf(opened.record);
    this.notice = 'Mis à jour depuis un autre onglet.';
  }
}
