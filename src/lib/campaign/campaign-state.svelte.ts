import type { ImpRate } from '../schemas/imp-rate';
import type { Letter } from '../schemas/letter';
import type { LetterStatus } from '../schemas/letter-status';
import { preparedSchoolYear } from '../format/date';
import type { ModelInfo } from '../letters/list';
import { classifyLater } from '../storage/classify-later';
import { LetterListActions } from '../list/list-actions';
import {
  LetterListState,
  type DeferredListServices,
  type ListOptions,
  type ListServices,
} from '../list/list-state.svelte';
import type { SummaryModel, SummaryRow } from '../summary/row';
import { SummaryState } from '../summary/summary-state.svelte';
import { campaignRows } from './rows';
import { idsOfYear } from '../letters/summary-year';
import { filterRows, NO_FILTER, type CampaignFilter } from './filters';
import { allToggled, inOrder, kept, toggled } from './selection';
import {
  copiesSentence,
  duplicateForNextYear,
  readLetters,
  removedSentence,
  removeLetters,
  restoredSentence,
  setStatus,
  statusSentence,
  undoRemove,
  type Done,
} from './campaign-actions';

/** What the campaign needs to know of a model: what « Mes lettres » and the IMP summary need. */
export type CampaignModel = ModelInfo & SummaryModel;

/**
 * « Campagne »: the letters of the year being prepared, their status, IMP and amount. The rows
 * come from the letters' summaries first (« Mes lettres »' state, which also follows other tabs,
 * deletes with undo and backs up); the IMP summary's state reads the letters after them, for
 * the IMP, the amounts and the allocation, the same figures as « Récapitulatif des IMP ».
 */
export class CampaignState {
  /** « Mes lettres »' state: the summaries, other tabs, the backup panel. */
  readonly list: LetterListState;
  readonly #models: readonly CampaignModel[];
  readonly #rates: readonly ImpRate[];
  readonly #now: () => Date;
  readonly #actions: LetterListActions;

  /** The IMP summary's state, once the letters' services are loaded. */
  imp = $state.raw<SummaryState | null>(null);
  /** The school year of the campaign, « 2027-2028 »: the year being prepared. */
  year = $state('');
  filter = $state.raw<CampaignFilter>(NO_FILTER);
  /** The letters selected, by id. */
  selected = $state.raw<ReadonlySet<string>>(new Set());
  /** The letters the last deletion removed, while « Annuler » is offered. */
  removed = $state.raw<Letter[]>([]);
  /** An action over the selection is running: its buttons wait. */
  busy = $state(false);
  /** What the last action did, for the status line. */
  notice = $state('');
  /** The year whose letters the IMP state last read (the amounts shown are that year's). */
  impYear = $state('');
  /** The IMP, amounts and allocation of the shown year are read: the panel can show them. */
  readonly impReady = $derived(this.imp?.load === 'ready' && this.impYear === this.year);

  readonly #impRows = $derived(
    this.imp && this.impReady
      ? new Map<string, SummaryRow>(this.imp.rows.map((row) => [row.id, row]))
      : null,
  );
  /** Every letter of the year. */
  readonly rows = $derived(this.#rowsOfYear());
  /** The letters of the year the filters keep. */
  readonly shown = $derived(filterRows(this.rows, this.filter));
  /** The selected letters still there, in the rows' order. */
  readonly chosen = $derived(
    inOrder(
      this.selected,
      this.rows.map((row) => row.id),
    ),
  );

  constructor(
    models: readonly CampaignModel[],
    rates: readonly ImpRate[],
    services: ListServices | DeferredListServices,
    options: ListOptions = {},
  ) {
    this.#models = models;
    this.#rates = rates;
    this.#now = options.now ?? (() => new Date());
    this.list = new LetterListState(models, services, options);
    this.#actions = new LetterListActions(models, options);
    // The date rule until « Mon établissement » is read (the year picker then says the head's).
    this.year = preparedSchoolYear(this.#now());
  }

  // A method, not the field: the derived values above are declared before the constructor runs.
  #rowsOfYear() {
    const { records, userMissions } = this.list;
    return campaignRows(records, this.year, this.#models, userMissions, this.#impRows);
  }

  /**
   * Lists the letters from their summaries, then reads the shown year's letters (only those:
   * with ten years of letters, a tenth of them) for the IMP and the allocation; again each
   * time the list or the year changes.
   */
  async start(): Promise<void> {
    await this.list.start();
    if (!this.list.ready) return;
    const { store, repo, channel } = this.list.services;
    const ofYear = {
      list: () => repo.listOf(this.#idsOfYear()),
      school: repo.school,
      models: repo.models,
    };
    const imp = new SummaryState(
      this.#models,
      this.#rates,
      { store, repo: ofYear, channel },
      this.#now,
    );
    imp.year = this.year;
    this.imp = imp;
    this.list.onListed(() => void this.#readImp(() => imp.refresh()));
    await this.#readImp(() => imp.start());
  }

  /** The ids of the shown year's letters, from their summaries. */
  #idsOfYear(): string[] {
    return idsOfYear(this.list.records, this.year);
  }

  /** Runs a read of the IMP state; once done, its figures are the year's it was asked for. */
  async #readImp(read: () => Promise<void>): Promise<void> {
    const year = this.year;
    await read();
    if (year === this.year) this.impYear = year;
  }

  stop(): void {
    this.list.stop();
    this.imp?.stop();
  }

  /** The campaign's year (the picker's): the allocation and the totals follow it. */
  setYear(year: string): void {
    this.year = year;
    const imp = this.imp;
    if (!imp) return;
    imp.year = year;
    void this.#readImp(() => imp.refresh());
  }

  setFilter(change: Partial<CampaignFilter>): void {
    this.filter = { ...this.filter, ...change };
  }

  select(id: string, on: boolean): void {
    this.selected = toggled(this.selected, id, on);
  }

  /** « Tout sélectionner »: the rows shown (filtered), all on or all off. */
  selectShown(on: boolean): void {
    this.selected = allToggled(
      this.selected,
      this.shown.map((row) => row.id),
      on,
    );
  }

  /** The selected letters, read whole (for their PDF). */
  async selectedLetters(): Promise<Letter[]> {
    return this.#run(async (services) => readLetters(services, this.chosen), [], false);
  }

  /** The year's letters, read whole (« Tout télécharger »). */
  async yearLetters(): Promise<Letter[]> {
    const ids = this.rows.map((row) => row.id);
    return this.#run(async (services) => readLetters(services, ids), [], false);
  }

  /** Sets `status` on every selected letter (« Signée » on paper, « Remise »…). */
  async setStatus(status: LetterStatus): Promise<void> {
    const ids = this.chosen;
    const done = await this.#run((services) => setStatus(services, ids, status, this.#now()), null);
    if (done) this.notice = statusSentence(status, done);
  }

  /** A copy of every selected letter for next year. */
  async duplicate(): Promise<void> {
    const ids = this.chosen;
    const done = await this.#run(
      (services) => duplicateForNextYear(services, this.#actions, ids),
      null,
    );
    if (done) this.notice = copiesSentence(done);
  }

  /** Deletes the selected letters; « Annuler » brings them back. */
  async remove(): Promise<boolean> {
    const ids = this.chosen;
    const removed = await this.#run((services) => removeLetters(services, ids), null);
    if (!removed) return false;
    this.removed = removed;
    this.notice = removedSentence(removed.length);
    return removed.length > 0;
  }

  /** Writes the deleted letters back (those another tab wrote since keep its version). */
  async undo(): Promise<void> {
    const letters = this.removed;
    const done: Done | null = await this.#run((services) => undoRemove(services, letters), null);
    if (!done) return;
    this.removed = [];
    this.notice = restoredSentence(done);
  }

  dismissUndo(): void {
    this.removed = [];
  }

  /**
   * Runs an action over storage, one at a time; then reads the list and the letters again (this
   * tab hears none of its own messages) and drops from the selection the letters gone. A
   * failure is said by the page's storage alert; `fallback` is returned then. `wrote`: false for
   * a read (a PDF), which changes nothing to read again.
   */
  async #run<T, F>(
    task: (services: ListServices) => Promise<T>,
    fallback: F,
    wrote = true,
  ): Promise<T | F> {
    if (this.busy || !this.list.ready) return fallback;
    this.busy = true;
    this.notice = '';
    try {
      const result = await task(this.list.services);
      this.list.failure = null;
      return result;
    } catch (error) {
      this.list.failure = await classifyLater(error, 'list-write');
      return fallback;
    } finally {
      if (wrote) await Promise.all([this.list.refresh(), this.imp?.refresh()]);
      this.selected = kept(
        this.selected,
        this.list.records.map((record) => record.id),
      );
      this.busy = false;
    }
  }
}
