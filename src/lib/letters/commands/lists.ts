import type { Item, Letter } from '../../schemas/letter';
import type { LetterChange } from '../change';
import { insertAfter, move, removeAt } from '../edit';
import { copyOf, type UndoableChange } from './undoable';

/**
 * Which list of items a command acts on: one of the letter's own lists, or a list of missions
 * inside a section, found by ids (indexes shift as the user edits; ids do not).
 */
export type ListRef =
  | { part: 'vu' | 'preamble' | 'closing' | 'copies' }
  | { part: 'section'; sectionId: string; blockId: string };

/** The items `ref` points to in `letter`, or undefined when that list is gone. */
export function itemsOf(letter: Letter, ref: ListRef): Item[] | undefined {
  if (ref.part !== 'section') return letter[ref.part];
  const section = letter.sections.find((candidate) => candidate.id === ref.sectionId);
  const block = section?.blocks.find((candidate) => candidate.id === ref.blockId);
  return block?.type === 'list' ? block.items : undefined;
}

/** Runs `edit` on the list `ref` points to; nothing when the list is gone. */
function onList(ref: ListRef, edit: (items: Item[]) => void): LetterChange {
  return (letter) => {
    const items = itemsOf(letter, ref);
    if (items) edit(items);
  };
}

const indexOf = (items: readonly Item[], itemId: string) =>
  items.findIndex((item) => item.id === itemId);

/** Sets the text of one item. */
export function setItemText(ref: ListRef, itemId: string, text: string): LetterChange {
  return onList(ref, (items) => {
    const item = items.find((candidate) => candidate.id === itemId);
    if (item) item.text = text;
  });
}

/** Moves one item up (−1) or down (+1); nothing at either end. */
export function moveItem(ref: ListRef, itemId: string, delta: -1 | 1): LetterChange {
  return onList(ref, (items) => void move(items, indexOf(items, itemId), delta));
}

/** Inserts `item` after the item `afterId` (at the end when `afterId` is null or unknown). */
export function insertItem(ref: ListRef, afterId: string | null, item: Item): LetterChange {
  return onList(ref, (items) => {
    const after = afterId === null ? -1 : indexOf(items, afterId);
    insertAfter(items, after === -1 ? items.length - 1 : after, { ...item });
  });
}

/** Puts `item` at `index` (clamped to the list): the undo of a removal. */
export function restoreItem(ref: ListRef, index: number, item: Item): LetterChange {
  return onList(ref, (items) => void insertAfter(items, index - 1, copyOf(item)));
}

/** Removes one item. */
export function removeItem(ref: ListRef, itemId: string): LetterChange {
  return onList(ref, (items) => void removeAt(items, indexOf(items, itemId)));
}

/**
 * Removes the item `itemId` of `items` (the list `ref` points to, as displayed: read, not
 * changed), with what puts it back at its place; null when it is not there.
 */
export function removeItemUndoable(
  items: readonly Item[],
  ref: ListRef,
  itemId: string,
): UndoableChange | null {
  const index = indexOf(items, itemId);
  const item = items[index];
  if (!item) return null;
  return { change: removeItem(ref, itemId), undo: restoreItem(ref, index, copyOf(item)) };
}
