import { filterSummaries, type LetterSummary } from '../letters/list';
import type { LetterStatus } from '../schemas/letter-status';

/** How many cards the list shows at first, and how many more each « Afficher » adds. */
export const PAGE_SIZE = 50;

/**
 * The search and the paging of « Mes lettres » over the letters' summaries (newest first): the
 * search always runs over every letter, the page shows the first matches only (a thousand cards
 * at once would take seconds to show).
 */
export class ListPage {
  readonly #all: () => readonly LetterSummary[];
  #query = $state('');
  #status = $state<LetterStatus | ''>('');
  /** How many of the matching letters are on the page (the first ones, newest first). */
  limit = $state(PAGE_SIZE);

  /** Every letter matching the search and the status filter. */
  readonly shown = $derived(filterSummaries(this.#summaries(), this.#query, this.#status));
  /** The matching letters on the page. */
  readonly visible = $derived(this.shown.slice(0, this.limit));
  /** How many matching letters are not on the page yet. */
  readonly hidden = $derived(Math.max(0, this.shown.length - this.limit));

  /** `all`: the letters' summaries, newest first (read again when they change). */
  constructor(all: () => readonly LetterSummary[]) {
    this.#all = all;
  }

  // A method, not the field: the derived values above are declared before the constructor runs.
  #summaries(): readonly LetterSummary[] {
    return this.#all();
  }

  /** The search as typed. */
  get query(): string {
    return this.#query;
  }

  /** A new search shows its first results only, as the list does at first. */
  set query(value: string) {
    this.#query = value;
    this.limit = PAGE_SIZE;
  }

  /** The status the list is filtered by; empty for every status. */
  get status(): LetterStatus | '' {
    return this.#status;
  }

  /** A new filter shows its first results only, as a new search does. */
  set status(value: LetterStatus | '') {
    this.#status = value;
    this.limit = PAGE_SIZE;
  }

  /** Shows the next page of matching letters; returns the id of the first one newly shown. */
  showMore(): string | null {
    const first = this.shown[this.limit];
    if (!first) return null;
    this.limit += PAGE_SIZE;
    return first.id;
  }

  /** Makes sure the letter is on the page if it matches the search (to move focus to it). */
  reveal(id: string): void {
    const index = this.shown.findIndex((summary) => summary.id === id);
    if (index >= this.limit) this.limit = Math.ceil((index + 1) / PAGE_SIZE) * PAGE_SIZE;
  }
}
