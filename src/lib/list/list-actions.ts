import type { Letter } from '../schemas/letter';
import type { StorageFailure } from '../storage/failure';
import { classifyLater } from '../storage/classify-later';
import { newId } from '../ids/new-id';
import { undoRefused } from '../letters/undo-refused';
import type { ModelInfo } from '../letters/list';
import type { ListOptions, ListServices } from './list-services';

/** What an action changes in the list's state; what it leaves out stays as it was. */
export interface ListChange {
  /** The letter « Annuler » offers to bring back (null: none). */
  removed?: Letter | null;
  /** How the undo bar names `removed`. */
  removedLabel?: string;
  /** What the status line says. */
  notice?: string;
  /** What went wrong (null: nothing). */
  failure?: StorageFailure | null;
}

/** What an action gives back to the page (`result`), and what it changes in the list's state. */
export interface ListOutcome<T> extends ListChange {
  result: T;
}

/**
 * What « Mes lettres »' actions do in storage (delete, undo, copy, open) and what they say of
 * it, in French. They hold no state: they return what changes, which `LetterListState` (the
 * only writer of its fields) applies before it reads the list again. The code each needs is
 * imported on its first use, not on the page's first load.
 */
export class LetterListActions {
  readonly #models: readonly ModelInfo[];
  readonly #now: () => Date;
  readonly #makeId: () => string;

  constructor(models: readonly ModelInfo[], options: ListOptions = {}) {
    this.#models = models;
    this.#now = options.now ?? (() => new Date());
    this.#makeId = options.makeId ?? newId;
  }

  /** Deletes the letter, tells other tabs and offers « Annuler »; false when none was deleted. */
  async remove({ repo, channel }: ListServices, id: string): Promise<ListOutcome<boolean>> {
    const letter = await repo.remove(id);
    if (!letter) return { result: false };
    const removedLabel = await this.#label(letter);
    channel.announce({ kind: 'removed', id });
    return { result: true, removedLabel, removed: letter };
  }

  /**
   * Writes the deleted letter back exactly as it was. Throws `DeletedLetterRewritten` when
   * another tab wrote it since the deletion: nothing is written then.
   */
  async undo({ repo, channel }: ListServices, letter: Letter): Promise<ListOutcome<string>> {
    const restored = await repo.undoRemove(letter);
    channel.announce({ kind: 'saved', id: restored.id, revision: restored.revision });
    const notice = `Lettre rétablie\u00a0: ${await this.#label(restored)}.`;
    return { result: restored.id, removed: null, notice };
  }

  /** The full letter, read and validated now; null when it is gone or unreadable. */
  async open({ repo }: ListServices, id: string): Promise<Letter | null> {
    const opened = await repo.open(id);
    return opened.kind === 'found' ? opened.letter : null;
  }

  /** A copy of the letter, for next year or not, to store with `storeCopy`. */
  async copyOf(original: Letter, nextYear: boolean): Promise<Letter> {
    // Imported on the first copy: not needed for the first cards. `storeCopy`'s sentence comes
    // with it, so that no import is left to fail once the copy is written.
    const [{ duplicateLetter }] = await Promise.all([
      import('../letters/duplicate'),
      import('../letters/year-bound'),
    ]);
    return duplicateLetter(original, { nextYear, now: this.#now(), makeId: this.#makeId });
  }

  /** Stores a copy made by `copyOf` and tells other tabs. */
  async storeCopy(
    { repo, channel }: ListServices,
    copy: Letter,
    nextYear: boolean,
  ): Promise<ListOutcome<string>> {
    const { nextYearSentence } = await import('../letters/year-bound');
    const written = await repo.restore(copy);
    channel.announce({ kind: 'saved', id: written.id, revision: written.revision });
    const made = `Copie créée en tête de liste\u00a0: ${await this.#label(written)}.`;
    return { result: written.id, notice: nextYear ? `${made} ${nextYearSentence(written)}` : made };
  }

  /**
   * What a failed write changes; `removed`: the letter « Annuler » offers, which goes when
   * another tab wrote it since its deletion (its version is newer, and it is in the list).
   */
  async failureOf(error: unknown, removed: Letter | null): Promise<ListChange> {
    const { DeletedLetterRewritten } = await import('../letters/errors');
    if (!(error instanceof DeletedLetterRewritten))
      return { failure: await classifyLater(error, 'list-write') };
    const label = removed && removed.id === error.id ? await this.#label(removed) : null;
    return { removed: null, failure: undoRefused(label) };
  }

  /** The letter as messages name it; its summarising code is imported here, not on first load. */
  async #label(letter: Letter): Promise<string> {
    const { labelOfLetter } = await import('../letters/summary-label');
    return labelOfLetter(letter, this.#models);
  }
}
