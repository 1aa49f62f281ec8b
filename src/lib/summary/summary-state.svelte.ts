import type { ImpRate } from '../schemas/imp-rate';
import { MAX_ALLOCATION_CENTS } from '../schemas/imp-allocation';
import { emptySchool, schoolOf, type School } from '../schemas/school';
import type { LetterChannel } from '../persistence/channel';
import type { LetterRepository } from '../letters/repository';
import { localIsoDate } from '../format/date';
import { preparedYear } from '../school/prepared-year';
import { classifyStorageError, type StorageFailure } from '../storage/failure';
import { probeWithin, waitOf, type StorageProbe } from '../storage/probe';
import { withTimeout } from '../storage/timeout';
import { balanceOf, parseEuros } from './allocation';
import { downloadSummaryCsv, downloadSummaryPdf, type ExportOutcome } from './download';
import { userSummaryModel, type SummaryModel, type SummaryRow } from './row';
import {
  defaultSummaryYear,
  summariseYear,
  summaryRows,
  summaryYears,
  undatedRows,
} from './year-summary';

/** What the summary page needs from the site's services (memory-backed in tests). */
export interface SummaryServices {
  store: StorageProbe;
  repo: Pick<LetterRepository, 'list' | 'school' | 'models'>;
  channel: LetterChannel;
}

/** `unreadable`: the letters could not be read at all (the alert says why). */
export type SummaryLoad = 'loading' | 'ready' | 'unreadable';

/**
 * « Récapitulatif des IMP »: the letters read through the repository's `list()`, the year
 * chosen, its rows and totals, and the allocation kept in « Mon établissement ». Follows other
 * tabs: a letter saved or « Mon établissement » changed elsewhere is read again.
 */
export class SummaryState {
  readonly #models: readonly SummaryModel[];
  readonly #rates: readonly ImpRate[];
  readonly #services: SummaryServices;
  readonly #now: () => Date;
  #unsubscribe: (() => void) | undefined;
  /** The latest read asked for: an earlier one finishing after it is dropped. */
  #ticket = 0;
  /** The allocation being saved, if any: the next save waits for it. */
  #saving: Promise<void> = Promise.resolve();

  load = $state<SummaryLoad>('loading');
  failure = $state<StorageFailure | null>(null);
  rows = $state.raw<SummaryRow[]>([]);
  /** Stored letters that could not be read (set aside): not in the rows, and said so. */
  setAside = $state(0);
  school = $state.raw<School>({ ...emptySchool });
  /** The school year shown, « 2025-2026 ». */
  year = $state('');
  /** What the last action did, for the status line. */
  notice = $state('');

  /** The years to choose from: the letters' own, those with an allocation, the one shown. */
  readonly years = $derived(
    [
      ...new Set([
        ...summaryYears(this.rows),
        ...Object.keys(this.school.impAllocations ?? {}),
        ...(this.year ? [this.year] : []),
      ]),
    ]
      .sort()
      .reverse(),
  );
  readonly summary = $derived(summariseYear(this.rows, this.year));
  readonly undated = $derived(undatedRows(this.rows));
  readonly allocationCents = $derived(this.school.impAllocations?.[this.year] ?? null);
  readonly balance = $derived(
    balanceOf(this.summary.fromAllocation.annualCents, this.allocationCents),
  );

  constructor(
    models: readonly SummaryModel[],
    rates: readonly ImpRate[],
    services: SummaryServices,
    now: () => Date = () => new Date(),
  ) {
    this.#models = models;
    this.#rates = rates;
    this.#services = services;
    this.#now = now;
  }

  /** Checks storage, reads the letters and the school, picks the year, follows other tabs. */
  async start(): Promise<void> {
    const { store, channel } = this.#services;
    const probing = probeWithin(store);
    this.#unsubscribe = channel.subscribe(() => void this.refresh());
    await this.refresh(waitOf(store));
    const probe = await probing;
    if (!probe.ok && this.load !== 'unreadable') this.failure = probe.failure;
    this.#chooseYear();
  }

  /** The year the page opens on, chosen once, from the letters first read. */
  #chooseYear(): void {
    if (this.year === '')
      this.year = defaultSummaryYear(
        summaryYears(this.rows),
        preparedYear(this.school, this.#now()).year,
      );
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /**
   * Reads the letters and the school again; a failed read keeps what the page shows, and a
   * read overtaken by a later one (another year asked meanwhile) is dropped.
   */
  async refresh(timeoutMs?: number): Promise<void> {
    const { repo } = this.#services;
    const ticket = ++this.#ticket;
    const bounded = <T>(work: Promise<T>) =>
      timeoutMs === undefined ? work : withTimeout(work, timeoutMs);
    try {
      const [{ letters, rejected }, school, own] = await Promise.all([
        bounded(repo.list()),
        bounded(repo.school.get()).catch(() => this.school),
        // The user's models name their letters' mission and their rectorat lines; unreadable
        // ones leave their letters under the letter's own title, as before.
        bounded(repo.models.list()).catch(() => ({ models: [] })),
      ]);
      if (ticket !== this.#ticket) return;
      const models = [...this.#models, ...own.models.map(userSummaryModel)];
      this.rows = summaryRows(letters, models, this.#rates);
      this.setAside = rejected.length;
      this.school = school;
      // Before the page shows: it never shows an empty year, even for a moment.
      this.#chooseYear();
      this.load = 'ready';
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.failure = classifyStorageError(error, 'list-read');
      if (this.load === 'loading') this.load = 'unreadable';
    }
  }

  /**
   * Keeps the allocation typed for the shown year (empty removes it). Returns the problem to
   * show by the field, or null once it is saved.
   */
  setAllocation(text: string): Promise<string | null> {
    // One save at a time, in order: Enter fires both `change` and `submit`, and the second, run
    // after the first, finds the amount already kept and writes nothing.
    const next = this.#saving.then(() => this.#setAllocation(text));
    this.#saving = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  async #setAllocation(text: string): Promise<string | null> {
    const reading = parseEuros(text, MAX_ALLOCATION_CENTS);
    if (!reading.ok) return reading.message;
    if (reading.cents === this.allocationCents) return null;
    try {
      const record = await this.#services.repo.school.setImpAllocation(this.year, reading.cents);
      this.school = schoolOf(record);
      this.failure = null;
      this.#services.channel.announce({ kind: 'school-saved' });
      this.notice =
        reading.cents === null
          ? `Dotation ${this.year} retirée.`
          : `Dotation ${this.year} enregistrée.`;
      return null;
    } catch (error) {
      this.failure = classifyStorageError(error, 'school');
      return 'La dotation n’a pas pu être enregistrée.';
    }
  }

  /** Downloads the shown year's CSV. */
  downloadCsv(): ExportOutcome {
    const outcome = downloadSummaryCsv(this.summary);
    this.notice = outcome.ok ? `Fichier ${outcome.fileName} téléchargé.` : outcome.message;
    return outcome;
  }

  /** Builds and downloads the shown year's PDF for the council. */
  async downloadPdf(): Promise<ExportOutcome> {
    const outcome = await downloadSummaryPdf({
      summary: this.summary,
      school: this.school,
      allocationCents: this.allocationCents,
      undated: this.undated.length,
      date: localIsoDate(this.#now()),
    });
    this.notice = outcome.ok ? `Fichier ${outcome.fileName} téléchargé.` : outcome.message;
    return outcome;
  }
}
