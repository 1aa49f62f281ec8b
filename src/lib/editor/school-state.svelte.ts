import { emptySchool, type School, type SchoolHeadingKey } from '../schemas/school';
import type { SchoolLogo } from '../schemas/logo';
import type { LetterChannel, LetterMessage } from '../letters/channel';
import type { LetterRepository } from '../letters/repository';
import type { ProbeResult } from '../storage/localforage-store';
import { classifyStorageError, type StorageFailure } from '../storage/failure';
import { saveOnLeave } from '../letters/leave';
import { requestPersistence } from '../storage/persist';

/** What « Mon établissement » needs from the page's services (memory-backed in tests). */
export interface SchoolServices {
  store: { probe(): Promise<ProbeResult> };
  repo: Pick<LetterRepository, 'getSchool' | 'saveSchool'>;
  channel: LetterChannel;
}

/** Where saving stands; `saved` is reached only once the write resolved. */
export type SchoolStatus =
  | { state: 'loading' }
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; failure: StorageFailure };

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
  status = $state<SchoolStatus>({ state: 'loading' });
  /** Why storage cannot be used at all (private browsing…): edits stay in the page. */
  storageFailure = $state<StorageFailure | null>(null);
  /** What another tab did. */
  notice = $state('');

  readonly #services: SchoolServices;
  readonly #delayMs: number;
  readonly #now: () => Date;
  readonly #listenToLeave: boolean;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | null = null;
  #cleanups: (() => void)[] = [];

  constructor(services: SchoolServices, options: SchoolEditorOptions = {}) {
    this.#services = services;
    this.#delayMs = options.delayMs ?? 500;
    this.#now = options.now ?? (() => new Date());
    this.#listenToLeave = options.saveOnLeave ?? true;
  }

  /** Whether leaving now would lose edits (for `saveOnLeave`). */
  get hasUnsavedChanges(): boolean {
    return this.#dirty || this.#running !== null;
  }

  async start(): Promise<void> {
    const { store, repo, channel } = this.#services;
    const probe = await store.probe();
    if (!probe.ok) this.storageFailure = probe.failure;
    if (probe.ok) this.school = await repo.getSchool().catch(() => ({ ...emptySchool }));
    if (this.#listenToLeave) this.#cleanups.push(saveOnLeave(this));
    this.#cleanups.push(channel.subscribe((message) => void this.#onMessage(message)));
    this.status = { state: 'idle' };
  }

  /** Stops listening and writes what is pending. */
  async stop(): Promise<void> {
    for (const cleanup of this.#cleanups) cleanup();
    this.#cleanups = [];
    await this.flush();
    this.#clearTimer();
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
    this.#dirty = true;
    if (this.status.state !== 'error' && this.status.state !== 'saving')
      this.status = { state: 'pending' };
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#kick();
    }, this.#delayMs);
  }

  /** Writes now whatever is pending; resolves when nothing is being written. */
  flush(): Promise<void> {
    this.#clearTimer();
    return this.#kick();
  }

  /** Tries the failed write again. */
  retry(): Promise<void> {
    return this.flush();
  }

  /** The school as typed (for a backup download when storage fails). */
  snapshot(): School {
    return $state.snapshot(this.school);
  }

  #kick(): Promise<void> {
    if (this.#running) return this.#running;
    if (!this.#dirty) return Promise.resolve();
    const running = this.#loop().finally(() => {
      this.#running = null;
    });
    this.#running = running;
    return running;
  }

  async #loop(): Promise<void> {
    // A keystroke during a write is written right after it, or when its own delay ends.
    while (this.#dirty && this.#timer === undefined) {
      this.#dirty = false;
      this.status = { state: 'saving' };
      try {
        await this.#services.repo.saveSchool(this.snapshot());
      } catch (error) {
        this.#dirty = true;
        this.status = { state: 'error', failure: classifyStorageError(error) };
        return;
      }
      this.storageFailure = null;
      this.#services.channel.announce({ kind: 'school-saved' });
      void requestPersistence(); // asked once per page; keeps the data when space runs low
      this.status = this.#dirty ? { state: 'pending' } : { state: 'saved', at: this.#now() };
    }
  }

  async #onMessage(message: LetterMessage): Promise<void> {
    // While this tab has edits of its own, they win: they will be written over the other's.
    if (message.kind !== 'school-saved' || this.hasUnsavedChanges) return;
    const theirs = await this.#services.repo.getSchool().catch(() => null);
    if (!theirs || this.hasUnsavedChanges) return;
    this.school = theirs;
    this.notice = 'Mis à jour depuis un autre onglet.';
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
