import type { LetterChange } from '../change';

/** A change that can be taken back: removing a mission, a paragraph or a section. */
export interface UndoableChange {
  change: LetterChange;
  /** Puts back what `change` took away, at its place. */
  undo: LetterChange;
}

/**
 * A deep copy of a part of the letter, taken before it is removed so the undo puts back what
 * was there even if the editor's state proxies it. Letters are plain JSON: the round trip
 * loses nothing.
 */
export function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
