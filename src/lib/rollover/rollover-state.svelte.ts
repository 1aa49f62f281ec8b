import type { Letter } from '../schemas/letter';
import type { Services } from '../services/services';
import { replayJournal } from '../letters/replay';
import { newId } from '../ids/new-id';
import { probeWithin, waitOf } from '../storage/probe';
import { withTimeout } from '../storage/timeout';
import { classifyStorageError, type StorageFailure } from '../storage/failure';
import type { EstimateSpace } from '../storage/space';
import { planRollover, samePlan, type RolloverPlan } from './plan';
import { defaultYear, yearsOfLetters } from './years';
import { preparedYear } from '../school/prepared-year';
import { emptySchool } from '../schemas/school';
import { writeRollover } from './write';
import { failedSentence } from './failure-text';
import { goneFromTeam } from './gone';

/** Clock, ids and space estimate, injected in tests. */
export interface RolloverOptions {
  now?: () => Date;
  makeId?: () => string;
  estimate?: EstimateSpace;
}

/** `loading`, then `ready` (or `unreadable`); `writing` while the copies are written; `done`. */
export type RolloverStep = 'loading' | 'unreadable' | 'ready' | 'writing' | 'done';

/** What was written, for the result message and the links to each copy. */
export interface RolloverResult {
  plan: RolloverPlan;
  written: Letter[];
}

/**
 * The state of « Copier une année pour l’année suivante »: the letters, the year chosen, the
 * plan (recomputed as the choice changes; nothing is written until `confirm`), and what the
 * write did. Storage errors never throw out of here: they land in `failure` or `failed`.
 */
export class RolloverState {
  readonly #services: Services;
  readonly #now: () => Date;
  readonly #makeId: () => string;
  readonly #estimate: EstimateSpace | undefined;

  letters = $state.raw<Letter[]>([]);
  /** Stored letters that could not be read (set aside): never copied, and said so. */
  setAside = $state(0);
  /** « Mon équipe »'s people marked as gone (`goneFromTeam`): their letters are not copied. */
  gone = $state.raw<ReadonlyMap<string, string>>(new Map());
  step = $state<RolloverStep>('loading');
  /** The school year to copy (its first year), null until the letters are read. */
  year = $state<number | null>(null);
  /** Storage could not be read (or used at all). */
  failure = $state<StorageFailure | null>(null);
  /** Why the last write did not happen, in French; empty when it did. */
  failed = $state('');
  /** Copies a write stopped midway left in, when they could not be taken back. */
  partial = $state.raw<Letter[]>([]);
  /** Set when the summary changed between reading it and confirming. */
  changed = $state(false);
  result = $state.raw<RolloverResult | null>(null);

  readonly years = $derived(yearsOfLetters(this.letters));
  readonly plan = $derived(
    this.year === null ? null : planRollover(this.letters, this.year, this.#planOptions()),
  );

  constructor(services: Services, options: RolloverOptions = {}) {
    this.#services = services;
    this.#now = options.now ?? (() => new Date());
    this.#makeId = options.makeId ?? newId;
    this.#estimate = options.estimate;
  }

  /** Checks storage and reads the letters (after saving what closed editor pages left). */
  async start(): Promise<void> {
    const { store, repo, journal, writers } = this.#services;
    const probing = probeWithin(store);
    try {
      if (journal && writers)
        await withTimeout(replayJournal(repo, journal, writers), waitOf(store)).catch(() => []);
      const [{ letters, rejected }, school, gone] = await Promise.all([
        withTimeout(repo.list(), waitOf(store)),
        // An unreadable school leaves the year to the date rule.
        withTimeout(repo.school.get(), waitOf(store)).catch(() => emptySchool),
        this.#readGone(),
      ]);
      this.gone = gone;
      this.letters = letters;
      this.setAside = rejected.length;
      this.year = defaultYear(this.years, preparedYear(school, this.#now()).year);
      this.step = 'ready';
    } catch (error) {
      this.failure = classifyStorageError(error, 'list-read');
      this.step = 'unreadable';
    }
    const probe = await probing;
    if (!probe.ok && this.step !== 'unreadable') this.failure = probe.failure;
  }

  /** Another year chosen: a new summary, the last outcome's messages gone. */
  choose(year: number): void {
    this.year = year;
    this.changed = false;
    this.failed = '';
  }

  /**
   * Reads the letters again and writes the copies if the summary is still what the head read;
   * else shows the new summary (`changed`) and writes nothing. One atomic write: all or none.
   */
  async confirm(): Promise<void> {
    const shown = this.plan;
    if (!shown || shown.copies.length === 0 || this.step !== 'ready') return;
    this.step = 'writing';
    this.failed = '';
    this.partial = [];
    this.changed = false;
    const { repo, channel } = this.#services;
    let letters: Letter[];
    try {
      [letters, this.gone] = await Promise.all([
        repo.list().then((listed) => listed.letters),
        this.#readGone(),
      ]);
    } catch (error) {
      this.failed = classifyStorageError(error, 'list-read').message;
      this.step = 'ready';
      return;
    }
    const plan = planRollover(letters, shown.from, this.#planOptions());
    if (!samePlan(shown, plan)) {
      this.letters = letters;
      this.changed = true;
      this.step = 'ready';
      return;
    }
    const outcome = await writeRollover(
      repo,
      plan.copies.map(({ copy }) => copy),
      this.#estimate,
    );
    for (const letter of outcome.written)
      channel.announce({ kind: 'saved', id: letter.id, revision: letter.revision });
    if (outcome.ok) {
      this.result = { plan, written: outcome.written };
      this.step = 'done';
      return;
    }
    this.failed = failedSentence(outcome);
    this.partial = outcome.written;
    // What is in now shapes the next summary: a copy left in counts as copied.
    this.letters = outcome.written.length > 0 ? [...letters, ...outcome.written] : letters;
    this.step = 'ready';
  }

  /** The people gone from « Mon équipe »; none when it cannot be read (every letter proposed). */
  #readGone(): Promise<ReadonlyMap<string, string>> {
    const { store, repo } = this.#services;
    return withTimeout(repo.team.get(), waitOf(store))
      .then(goneFromTeam)
      .catch(() => new Map<string, string>());
  }

  #planOptions() {
    return { now: this.#now(), makeId: this.#makeId, gone: this.gone };
  }
}
