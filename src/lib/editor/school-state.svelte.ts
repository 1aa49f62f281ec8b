import { emptySchool, type School, type SchoolHeadingKey } from '../schemas/school';
import type { SchoolLogo } from '../schemas/logo';
import type { LetterChannel, LetterMessage } from '../letters/channel';
import type { LetterRepository } from '../letters/repository';
import { probeWithin, waitOf, type StorageProbe } from '../storage/probe';
import { classifyStorageError, type StorageFailure } from '../storage/failure';
import { withTimeout } from '../storage/timeout';
import { DebouncedSaver } from '../storage/debounced-saver';
import type { SaveStatus, Saved } from '../storage/save-status';
import { saveOnLeave } from '../letters/leave';
import { requestPersistence } from '../storage/persist';

/** What « Mon établissement » needs from the page's services (memory-backed in tests). */
export interface SchoolServices {
  store: StorageProbe;
  repo: Pick<LetterRepository, 'getSchool' | 'saveSchool'>;
  channel: LetterChannel;
}

/** Options; tests shorten the delay and pass their own clock. */
export interface SchoolEditorOptions {
  delayMs?: number;
  now?: () => Date;
  /** Listens to `pagehide` / `visibilitychange`; tests pass `false`. */
  saveOnLeave?: boolean;
}

/**
 * « Mon établissement » being edited: saved ~500 ms after the last keystroke, at once when the
 * page is hidden or closed, writes never overlapping. A failed write keeps the edits pending
 * (nothing is lost) until `retry()` or the next keystroke.
 */
export class SchoolEditor {
  school = $state<School>({ ...emptySchool });
  /** Where saving stands (`loading` until `start()` has read the school). */
  status = $state<SaveStatus>({ state: 'loading' });
  /** Why storage cannot be used at all (private browsing…): edits stay in the page. */
  storageFailure = $state<StorageFailure | null>(null);
  /** What another tab did. */
  notice = $state('');

  readonly #services: SchoolServices;
  readonly #now: () => Date;
  readonly #listenToLeave: boolean;
  readonly #saver: DebouncedSaver<School>;
  #cleanups: (() => void)[] = [];

  constructor(services: SchoolServices, options: SchoolEditorOptions = {}) {
    this.#services = services;
    this.#now = options.now ?? (() => new Date());
    this.#listenToLeave = options.saveOnLeave ?? true;
    this.#saver = new DebouncedSaver({
      subject: 'school',
      delayMs: options.delayMs ?? 500,
      onStatus: (status) => (this.status = status),
      save: (school) => this.#save(school),
    });
  }

  /** Whether leaving now would lose edits (for `saveOnLeave`). */
  get hasUnsavedChanges(): boolean {
    return this.#saver.hasUnsavedChanges;
  }

  async start(): Promise<void> {
    const { store, repo, channel } = this.#services;
    // Bounded waits: storage that never answers must not leave « Chargement… » forever.
    const probe = await probeWithin(store);
    if (!probe.ok) this.storageFailure = probe.failure;
    if (probe.ok) {
      this.school = await withTimeout(repo.getSchool(), waitOf(store)).catch((error: unknown) => {
        const failure = classifyStorageError(error, 'school');
        if (failure.kind === 'timeout') this.storageFailure = failure;
        return { ...emptySchool };
      });
    }
    if (this.#listenToLeave) this.#cleanups.push(saveOnLeave(this));
    this.#cleanups.push(channel.subscribe((message) => void this.#onMessage(message)));
    this.status = this.#saver.status;
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

  /** A logo chosen (already checked by `readLogoFile`), or `null` to remove it. */
  setLogo(logo: SchoolLogo | null): void {
    if (logo) this.school.logo = logo;
    else delete this.school.logo;
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

  /** The school as typed (for a backup download when storage fails). */
  snapshot(): School {
    return $state.snapshot(this.school);
  }

  /** One write; the other tabs hear of it only once it resolved. */
  async #save(school: School): Promise<Saved> {
    await this.#services.repo.saveSchool(school);
    this.storageFailure = null;
    this.#services.channel.announce({ kind: 'school-saved' });
    void requestPersistence(); // asked once per page; keeps the data when space runs low
    return { state: 'saved', at: this.#now() };
  }

  async #onMessage(message: LetterMessage): Promise<void> {
    // While this tab has edits of its own, they win: they will be written over the other's.
    if (message.kind !== 'school-saved' || this.hasUnsavedChanges) return;
    const theirs = await this.#services.repo.getSchool().catch(() => null);
    if (!theirs || this.hasUnsavedChanges) return;
    this.school = theirs;
    this.notice = 'Mis à jour depuis un autre onglet.';
  }
}
