import type { LetterSummaryRecord } from '../schemas/letter-summary';
import type { LetterStatus } from '../schemas/letter-status';
import { formatDateTime } from '../format/date';
import { formatCount, plural } from '../text/plural';
import { foldCompact } from '../text/fold';

/** What « Mes lettres » needs to know about a model (built at build time from the content). */
export interface ModelInfo {
  /** Slug of the model (content/lettres/<slug>.yaml), the letters' `typeId`. */
  id: string;
  /** Short name of the mission, e.g. « Coordonnateur du REP ». */
  mission: string;
  /** Title of the model's letter. */
  title: string;
}

/** One letter as the list shows it: plain strings, ready to display and to search. */
export interface LetterSummary {
  id: string;
  typeId: string;
  title: string;
  /** « Prénom Nom », or empty when neither is filled. */
  person: string;
  /** The model's mission, or empty when the model no longer exists on the site. */
  mission: string;
  /** Whether the model exists, i.e. whether the letter can be opened in the editor. */
  knownModel: boolean;
  /** The school year (the field whose role is `anneeScolaire`) as typed, possibly empty. */
  year: string;
  /** ISO timestamp of the last change (for sorting). */
  updatedAt: string;
  /** « 22 nov. 2026 à 14:05 ». */
  updatedLabel: string;
  /** Where the letter stands (« Signée »…), from its summary. */
  status: LetterStatus;
  /** ISO timestamp of the last change of status; empty when it never changed. */
  statusAt: string;
  /**
   * What the search runs over: title, person, fonction, missions and year, each folded to its
   * letters and digits (`foldCompact`), separated by spaces so that no word spans two of them.
   */
  haystack: string;
}

/** Shown in place of an empty person. */
export const NO_NAME = 'Sans nom';

/**
 * The words of a search, split at spaces (no-break ones included) and each folded to its letters
 * and digits: case, accents, apostrophes and hyphens do not matter, so « ndiaye » finds
 * « N’Diaye » and « Marie-Hélène » « Marie Hélène ».
 */
export function searchWords(query: string): string[] {
  return query.split(/\s+/u).map(foldCompact).filter(Boolean);
}

/**
 * The list's view of one letter, from its stored summary. The mission is the site model's, else
 * the user model's (`userMissions`, by model id); the search also finds the person's fonction and
 * the missions the letter's own IMP lines name. `updatedLabel` and `haystack` are worked out when
 * first read, not here: with thousands of letters, Intl formatting and accent folding would delay
 * the list, while only the cards on screen need the label, and only a search needs the haystack.
 */
export function summaryView(
  record: LetterSummaryRecord,
  models: readonly ModelInfo[],
  userMissions: ReadonlyMap<string, string> = new Map(),
): LetterSummary {
  const model = modelsById(models).get(record.typeId);
  return new SummaryView(record, model?.mission ?? userMissions.get(record.typeId) ?? '', !!model);
}

// The site's models by id, made once per models list: thousands of letters look theirs up.
const modelMaps = new WeakMap<readonly ModelInfo[], Map<string, ModelInfo>>();
function modelsById(models: readonly ModelInfo[]): Map<string, ModelInfo> {
  let found = modelMaps.get(models);
  if (!found) modelMaps.set(models, (found = new Map(models.map((model) => [model.id, model]))));
  return found;
}

/**
 * A class rather than an object with getters: thousands are made at each read of the list, and
 * an instance whose lazy fields are on its prototype costs a fraction of such an object.
 */
class SummaryView implements LetterSummary {
  readonly id: string;
  readonly typeId: string;
  readonly title: string;
  readonly person: string;
  readonly year: string;
  readonly updatedAt: string;
  readonly status: LetterStatus;
  readonly statusAt: string;
  readonly #fonction: string;
  readonly #missions: readonly string[];
  #label: string | undefined;
  #haystack: string | undefined;

  constructor(
    record: LetterSummaryRecord,
    readonly mission: string,
    readonly knownModel: boolean,
  ) {
    this.id = record.id;
    this.typeId = record.typeId;
    this.title = record.title;
    this.person = record.person;
    this.year = record.year;
    this.updatedAt = record.updatedAt;
    this.status = record.status;
    this.statusAt = record.statusAt;
    this.#fonction = record.fonction;
    this.#missions = record.missions;
  }

  get updatedLabel(): string {
    return (this.#label ??= formatDateTime(new Date(this.updatedAt)));
  }

  get haystack(): string {
    const texts = [this.title, this.person, this.#fonction, this.mission, ...this.#missions];
    return (this.#haystack ??= [...texts, this.year].map(foldCompact).join(' '));
  }
}

/** « 2026-11-30T10:00:00.000Z », as `toISOString` writes it: such dates sort as text. */
const CANONICAL_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most recently changed first; ties (same millisecond) by id, so the order never flickers. */
export function sortNewestFirst<T extends { updatedAt: string; id: string }>(
  items: readonly T[],
): T[] {
  // Dates as the site writes them (`toISOString`) sort as text, with no parsing; any other form
  // is parsed once, not at every comparison (a thousand letters, ten thousand compares).
  if (items.every((item) => CANONICAL_DATE.test(item.updatedAt)))
    return [...items].sort(
      (a, b) => compareText(b.updatedAt, a.updatedAt) || a.id.localeCompare(b.id),
    );
  const time = new Map(items.map((item) => [item, Date.parse(item.updatedAt)]));
  const at = (item: T) => time.get(item) ?? Number.NaN;
  return [...items].sort((a, b) => at(b) - at(a) || a.id.localeCompare(b.id));
}

/**
 * The letters matching every word of the query (in any order) and, when one is given, of that
 * status; all of them for an empty query and no status.
 */
export function filterSummaries<T extends Pick<LetterSummary, 'haystack' | 'status'>>(
  items: readonly T[],
  query: string,
  status: LetterStatus | '' = '',
): T[] {
  const words = searchWords(query);
  if (words.length === 0 && !status) return [...items];
  return items.filter(
    (item) =>
      (!status || item.status === status) && words.every((word) => item.haystack.includes(word)),
  );
}

const letters = (n: number) => plural(n, 'lettre', 'lettres');

/**
 * The sentence announced after each search: « 2 lettres sur 5 correspondent à « rep ». », « 3
 * lettres sur 5 correspondent au statut « Signée ». » (`status`: the label of the status
 * filter); when only the first `displayed` of the `shown` letters are on the page, it says so:
 * « 1 001 lettres, 50 affichées. »
 */
export function resultsSentence(
  shown: number,
  total: number,
  query: string,
  displayed = shown,
  status = '',
): string {
  const asked = query.trim();
  const partial = displayed < shown ? `, ${plural(displayed, 'affichée', 'affichées')}` : '';
  if (!asked && !status) return total === 0 ? 'Aucune lettre.' : `${letters(total)}${partial}.`;
  const what = [
    asked ? `à «\u00a0${asked}\u00a0»` : '',
    status ? `au statut «\u00a0${status}\u00a0»` : '',
  ]
    .filter(Boolean)
    .join(' et ');
  if (shown === 0) return `Aucune lettre ne correspond ${what}.`;
  const verb = shown === 1 ? 'correspond' : 'correspondent';
  return `${letters(shown)} sur ${formatCount(total)} ${verb} ${what}${partial}.`;
}

/** Said while letters written without summaries are read after the first paint. */
export function pendingSentence(pending: number): string {
  return pending > 0 ? `Lecture de ${letters(pending)} de plus…` : '';
}

/** How a letter is named in buttons and messages: « Marie Curie, Coordonnateur du REP, 2025-2026 ». */
export function letterLabel(
  summary: Pick<LetterSummary, 'person' | 'mission' | 'year' | 'title'>,
): string {
  return [summary.person || NO_NAME, summary.mission || summary.title, summary.year]
    .filter(Boolean)
    .join(', ');
}
