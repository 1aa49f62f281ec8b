import type { Letter } from '../schemas/letter';
import type { LetterSummaryRecord } from '../schemas/letter-summary';
import type { LetterMessage } from '../persistence/channel';
import type { RejectedRecord } from '../persistence/quarantine';
import { STORAGE_TIMEOUT_MS } from '../storage/timeout';
import type { StorageFailure } from '../storage/failure';
import { classifyLater } from '../storage/classify-later';
import * as list from '../letters/list';
import { LETTER_PREFIX } from '../persistence/keys';
import { LetterListActions, type ListChange, type ListOutcome } from './list-actions';
import {
  probeStorage,
  quickSummaries,
  readList,
  replayClosedPages,
  schoolSetAside,
} from './list-reads';
import { whenIdle } from '../idle/when-idle';
import { ListPage } from './list-page.svelte';
import type { DeferredListServices, ListOptions, ListServices } from './list-services';

export type { DeferredListServices, ListOptions, ListServices } from './list-services';

// What is read and written in storage is in `list-reads.ts` and `list-actions.ts`; this state
// shows what they return. The failure messages are imported when something failed.

export { PAGE_SIZE } from './list-page.svelte';

/** `unreadable`: the letters could not be read at all (the alert says why). */
export type ListLoad = 'loading' | 'ready' | 'unreadable';

/**
 * The state of « Mes lettres »: the letters' summaries, the search, the last deletion (to undo
 * it) and what happened last. Only summaries are read to list the letters; a full letter is read
 * (and validated) when an action needs it. Storage errors never throw out of here: they land in
 * `failure`, and what was in the page stays there (a failed undo can be tried again).
 */
export class LetterListState {
  readonly #models: readonly list.ModelInfo[];
  // The full services: given (tests), or loaded from `#deferred` after the first paint.
  #services: ListServices | null;
  readonly #deferred: DeferredListServices | null;
  readonly #wait: number;
  // What the actions do in storage; this state shows what they return.
  readonly #actions: LetterListActions;
  #unsubscribe: (() => void) | undefined;
  #messageTimer: ReturnType<typeof setTimeout> | undefined;
  // Refreshes may overlap (a message from another tab during an action): the last one wins.
  #ticket = 0;

  // Raw: summaries are replaced, never edited in place.
  /** The letters' summaries as stored (see `letter-summary.ts`), in no particular order. */
  records = $state.raw<LetterSummaryRecord[]>([]);
  /** The user's models' missions by model id, to name and find letters written from them. */
  userMissions = $state.raw<ReadonlyMap<string, string>>(new Map());
  /** Letters not listed yet: written without summaries, read by the check after the paint. */
  pending = $state(0);
  /** Resolves once the summaries were checked against the letters after the first read. */
  checked: Promise<void> = Promise.resolve();
  #listed: (() => void) | undefined;
  rejected = $state.raw<RejectedRecord[]>([]);
  /** How many of the records set aside are letters (« Mon établissement » may be one too). */
  readonly rejectedLetters = $derived(
    this.rejected.filter((record) => record.key.startsWith(LETTER_PREFIX)).length,
  );
  load = $state<ListLoad>('loading');
  failure = $state<StorageFailure | null>(null);
  /** The letter just deleted, while « Annuler » is offered. */
  removed = $state.raw<Letter | null>(null);
  /** How the undo bar names the letter just deleted (« Marie Curie, Référent…, 2025-2026 »). */
  removedLabel = $state('');
  /** What the last action did, for the status line. */
  notice = $state('');
  /** Whether the full services are there (the backup panel needs them). */
  ready = $state(false);

  readonly summaries = $derived(
    list.sortNewestFirst(
      this.records.map((record) => list.summaryView(record, this.#models, this.userMissions)),
    ),
  );
  /** The search and the page of cards over the summaries (what the list shows). */
  readonly page = new ListPage(() => this.summaries);

  /**
   * `services`: the full services, or (the page) deferred ones, whose summaries make the first
   * cards before the rest is imported.
   */
  constructor(
    models: readonly list.ModelInfo[],
    services: ListServices | DeferredListServices,
    options: ListOptions = {},
  ) {
    this.#models = models;
    if ('load' in services) {
      this.#deferred = services;
      this.#services = null;
      this.#wait = services.timeoutMs ?? STORAGE_TIMEOUT_MS;
    } else {
      this.#deferred = null;
      this.#services = services;
      this.ready = true;
      this.#wait = services.store.timeoutMs ?? STORAGE_TIMEOUT_MS;
    }
    this.#actions = new LetterListActions(models, options);
  }

  /** The page's full services, once `ready` (the backup panel reads through them). */
  get services(): ListServices {
    if (!this.#services) throw new Error('The list’s services are not loaded yet');
    return this.#services;
  }

  /** The full services, loaded on first call when deferred. */
  async #full(): Promise<ListServices> {
    if (this.#services) return this.#services;
    if (!this.#deferred) throw new Error('The list has no services');
    const services = await this.#deferred.load();
    this.#services = services;
    this.ready = true;
    return services;
  }

  /**
   * Lists the letters, checks storage and follows what other tabs do. With deferred services,
   * the first cards come from the summaries alone, and everything else follows them.
   */
  async start(): Promise<void> {
    // Every step is bounded: storage that never answers must not leave « Chargement… » forever.
    const deadline = Date.now() + this.#wait;
    const painted = await this.#quickPaint();
    let services: ListServices;
    try {
      services = await this.#full();
    } catch (error) {
      if (this.load === 'loading') this.load = 'unreadable';
      this.failure = await classifyLater(error, 'list-read');
      return;
    }
    // The probe (a write, a read, a removal) and the list's read run side by side: the list
    // does not need the probe's answer. A failed read's message wins over the probe's, as when
    // they ran one after the other.
    const probing = probeStorage(services.store);
    this.#unsubscribe = services.channel.subscribe((message) => this.#onMessage(message));
    // Once painted, a refresh is needed only if the journal wrote letters; the summaries'
    // check below catches whatever changed in between (another tab's save included).
    const listing = replayClosedPages(services, this.#wait).then((written) =>
      painted
        ? written > 0
          ? this.refresh()
          : this.#readSchoolSetAside()
        : this.refresh(Math.max(1, deadline - Date.now())),
    );
    const probe = await probing;
    if (!probe.ok && this.load !== 'unreadable') this.failure = probe.failure;
    await listing;
    if (this.load === 'ready') this.checked = this.#checkWhenIdle();
  }

  /**
   * The first cards from the summaries alone (deferred services), when every letter has a
   * usable one; false when they cannot be listed so (the full read repairs and lists them).
   */
  async #quickPaint(): Promise<boolean> {
    if (!this.#deferred) return false;
    const ticket = ++this.#ticket;
    const summaries = await quickSummaries(this.#deferred, this.#wait);
    if (!summaries || ticket !== this.#ticket) return false;
    this.records = summaries;
    this.load = 'ready';
    return true;
  }

  /** « Mon établissement » set aside is listed with the letters: same warning, same download. */
  async #readSchoolSetAside(): Promise<void> {
    const school = this.#services && (await schoolSetAside(this.#services.repo));
    if (school) this.rejected = [...this.rejected.filter((r) => r.key !== school.key), school];
  }

  /**
   * Once the first cards are painted, checks every summary against its letter (a letter saved
   * by an older version of the site, or written without its summary): the letter wins. Never
   * fails the list; a refresh made meanwhile makes the result moot.
   */
  async #checkWhenIdle(): Promise<void> {
    const ticket = this.#ticket;
    await whenIdle();
    const { repo } = await this.#full();
    const checked = await repo.checkSummaries(this.records).catch(() => null);
    if (!checked) return;
    // A refresh made meanwhile read the summaries before this check stored its own: read again.
    if (ticket !== this.#ticket) {
      if (checked.changed) await this.refresh();
      return;
    }
    this.pending = 0;
    if (checked.changed) {
      this.records = checked.summaries;
      this.#listed?.();
    }
    const school = this.rejected.filter((record) => !record.key.startsWith(LETTER_PREFIX));
    this.rejected = [...checked.rejected, ...school];
  }

  /**
   * Calls `listener` each time the list is read anew (a refresh, the summaries' check): the
   * campaign then reads the letters its rows name. One listener; a new one replaces it.
   */
  onListed(listener: () => void): void {
    this.#listed = listener;
  }

  stop(): void {
    this.#listed = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#messageTimer);
  }

  /**
   * Reads the summaries again; a failing read keeps the list as it was. `timeoutMs` bounds the
   * first read only: later ones (after an import of thousands of letters) may take their time.
   */
  async refresh(timeoutMs?: number): Promise<void> {
    const ticket = ++this.#ticket;
    try {
      const { repo } = this.#services ?? (await this.#full());
      const { summaries, rejected, pending } = await readList(repo, timeoutMs);
      if (ticket !== this.#ticket) return;
      this.records = summaries;
      this.pending = pending;
      this.rejected = rejected;
      this.load = 'ready';
      this.#listed?.();
    } catch (error) {
      if (ticket !== this.#ticket) return;
      // Unreadable at once, so the probe's message (awaited meanwhile) never replaces this one.
      if (this.load === 'loading') this.load = 'unreadable';
      this.failure = await classifyLater(error, 'list-read');
    }
  }

  /** Deletes at once and keeps the letter for « Annuler »; false when nothing was deleted. */
  async remove(id: string): Promise<boolean> {
    return (await this.#write((services) => this.#actions.remove(services, id))) === true;
  }

  /**
   * Writes the deleted letter back exactly as it was; returns its id, or null on failure. When
   * another tab wrote the letter since the deletion, nothing is written and « Annuler » goes:
   * the other tab's version is newer, and it is in the list.
   */
  async undo(): Promise<string | null> {
    const letter = this.removed;
    if (!letter) return null;
    return this.#write((services) => this.#actions.undo(services, letter));
  }

  /** Closes the undo bar: the deletion stands. */
  dismissUndo(): void {
    this.removed = null;
  }

  /**
   * The full letter, read and validated now (the list holds summaries only); null when it is
   * gone or unreadable (the list is read again: it is no longer listed, or listed as set aside)
   * or when storage failed (`failure` says so).
   */
  async letter(id: string): Promise<Letter | null> {
    let opened: Letter | null;
    try {
      opened = await this.#actions.open(await this.#full(), id);
    } catch (error) {
      this.failure = await classifyLater(error, 'list-read');
      return null;
    }
    if (!opened) await this.refresh();
    return opened;
  }

  /** Stores a copy (for next year or not); returns its id, or null on failure. */
  async duplicate(id: string, nextYear: boolean): Promise<string | null> {
    const original = await this.letter(id);
    if (!original) return null;
    const copy = await this.#actions.copyOf(original, nextYear);
    return this.#write((services) => this.#actions.storeCopy(services, copy, nextYear));
  }

  /** Runs a write; on success clears the old failure and refreshes, on failure reports it. */
  async #write<T>(task: (services: ListServices) => Promise<ListOutcome<T>>): Promise<T | null> {
    this.notice = '';
    try {
      const { result, ...change } = await task(await this.#full());
      this.#apply({ ...change, failure: null });
      return result;
    } catch (error) {
      this.#apply(await this.#actions.failureOf(error, this.removed));
      return null;
    } finally {
      await this.refresh();
    }
  }

  /** Shows what an action changed: the actions write no state of their own. */
  #apply(change: ListChange): void {
    if (change.removedLabel !== undefined) this.removedLabel = change.removedLabel;
    if (change.removed !== undefined) this.removed = change.removed;
    if (change.notice !== undefined) this.notice = change.notice;
    if (change.failure !== undefined) this.failure = change.failure;
  }

  #onMessage(message: LetterMessage): void {
    if (message.kind === 'school-saved' || message.kind === 'team-saved') return;
    // An import in another tab sends one message per letter: read the list once for all of them.
    clearTimeout(this.#messageTimer);
    this.#messageTimer = setTimeout(() => void this.refresh(), 150);
  }
}
