import type { SchoolRepository } from '../school/repository';
import type { LetterChannel } from '../persistence/channel';
import type { StorageFailure } from '../storage/failure';
import type { School } from '../schemas/school';
import { choosePreparedYear, preparedYear, preparedYearOptions } from '../school/prepared-year';

/** What the year picker needs: the school's store and, when given, the channel tabs hear on. */
export interface PreparedYearServices {
  school: Pick<SchoolRepository, 'get' | 'setPreparedYear'>;
  channel?: Pick<LetterChannel, 'announce'> | undefined;
}

/**
 * « Année préparée » where letters are made (« Mes lettres », « Plusieurs personnes »): the year
 * new letters, the bulk letters, the rollover and the IMP summary start on. Read from « Mon
 * établissement » (the date rule when none was chosen); a choice is written there at once, in a
 * locked read-then-write (`SchoolRepository.setPreparedYear`), and announced to other tabs.
 */
export class PreparedYearState {
  /** « 2026-2027 »; empty until read. */
  year = $state('');
  /** Whether the head chose it (else the date rule gave it). */
  chosen = $state(false);
  /** The years offered. */
  readonly options: string[];
  /** What the status line says once a choice is written (« Année 2027-2028 enregistrée. »). */
  notice = $state('');
  /** Why the choice could not be written: the page keeps it for this visit. */
  failure = $state.raw<StorageFailure | null>(null);

  readonly #services: PreparedYearServices;
  readonly #now: () => Date;

  constructor(services: PreparedYearServices, now: () => Date = () => new Date()) {
    this.#services = services;
    this.#now = now;
    this.options = preparedYearOptions(now());
  }

  /** Reads the year; an unreadable school leaves it to the date rule. */
  async load(): Promise<void> {
    const school = await this.#services.school.get().catch(() => ({}));
    this.#show(school);
  }

  /** The head chose `year`: written to « Mon établissement », said once it is. */
  async choose(year: string): Promise<void> {
    if (!this.options.includes(year)) return;
    this.year = year;
    this.chosen = true;
    this.notice = '';
    try {
      const record = await this.#services.school.setPreparedYear(
        choosePreparedYear(year, this.#now()),
      );
      this.failure = null;
      this.#show(record);
      this.#services.channel?.announce({ kind: 'school-saved' });
      this.notice = `Année préparée\u00a0: ${year}, enregistrée.`;
    } catch (error) {
      // The messages are loaded when a write fails: « Mes lettres » does not carry them first.
      const { classifyStorageError } = await import('../storage/failure');
      this.failure = classifyStorageError(error, 'school');
    }
  }

  #show(school: Pick<School, 'preparedYear'>): void {
    const prepared = preparedYear(school, this.#now());
    this.year = prepared.year;
    this.chosen = prepared.chosen;
  }
}
