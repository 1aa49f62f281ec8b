import { whenIdle } from './when-idle';

/** The rows a long list of the builder shows at once when it mounts. */
export const REVEAL_FIRST = 30;

/** The rows each idle moment adds after them. */
export const REVEAL_STEP = 30;

/**
 * How many rows of a long list the builder shows, growing to all of them: the first ones at
 * once, then a step at each idle moment of the page, so a model of 100 « Vu » lines and 200
 * sections opens as fast as a short one and the rest follows while the user reads. Once the
 * whole list shows, the limit is lifted for good (a row added later, here or in another tab,
 * shows at once). An action that needs a row not shown yet (« Ajouter » at the end, a move
 * past the last row shown) lifts it first: `showAll`.
 */
export class Reveal {
  limit = $state(REVEAL_FIRST);
  readonly #total: () => number;

  /** @param total the list's length, read again at each step (the list may change). */
  constructor(total: () => number) {
    this.#total = total;
    if (total() <= REVEAL_FIRST) this.limit = Number.POSITIVE_INFINITY;
  }

  /** Whether rows are still to come: the list says it is busy meanwhile (`aria-busy`). */
  get pending(): boolean {
    return this.limit < this.#total();
  }

  /** Shows more rows at each idle moment until all show; returns what stops it (unmount). */
  run(): () => void {
    let stopped = false;
    void (async () => {
      while (!stopped && this.pending) {
        await whenIdle(500);
        if (!stopped) this.limit += REVEAL_STEP;
      }
      if (!stopped) this.showAll();
    })();
    return () => {
      stopped = true;
    };
  }

  showAll(): void {
    this.limit = Number.POSITIVE_INFINITY;
  }
}
