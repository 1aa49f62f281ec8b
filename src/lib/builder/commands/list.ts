/**
 * Pure helpers on arrays, shared by every builder command: each returns a new array and leaves
 * the one it was given untouched. An index out of range changes nothing.
 */

/** `list` with `value` inserted at `index` (clamped to the ends). */
export function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), value, ...list.slice(at)];
}

/** `list` with the element at `index` replaced by `update(element)`. */
export function updateAt<T>(list: readonly T[], index: number, update: (value: T) => T): T[] {
  return list.map((value, i) => (i === index ? update(value) : value));
}

/** `list` without the element at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** `list` with the element at `index` swapped with its neighbour (`delta` −1: up, +1: down). */
export function moveAt<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const other = index + delta;
  if (index < 0 || index >= list.length || other < 0 || other >= list.length) return [...list];
  const moved = [...list];
  [moved[index], moved[other]] = [moved[other] as T, moved[index] as T];
  return moved;
}
