/**
 * Structural edits of a letter's lists (items, paragraphs, sections). They change the array in
 * place, because the editor's state is a Svelte `$state` proxy and in-place changes keep its
 * keyed blocks (and the focus) where they are. Each returns whether something changed.
 */

/** Moves the element at `index` by `delta` (−1 up, +1 down); false at either end. */
export function move<T>(list: T[], index: number, delta: -1 | 1): boolean {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return false;
  const [element] = list.splice(index, 1);
  if (element === undefined) return false;
  list.splice(target, 0, element);
  return true;
}

/** Removes the element at `index`; returns it (for undo), or undefined. */
export function removeAt<T>(list: T[], index: number): T | undefined {
  if (index < 0 || index >= list.length) return undefined;
  return list.splice(index, 1)[0];
}

/** Inserts `element` after `index` (at the start for −1); returns its new index. */
export function insertAfter<T>(list: T[], index: number, element: T): number {
  const at = Math.min(Math.max(index + 1, 0), list.length);
  list.splice(at, 0, element);
  return at;
}
