import fc from 'fast-check';

/**
 * An id as the schema allows it (letters, digits, `_` and `-`, 1 to 64): a part the user added,
 * or one a backup brought. Lists may repeat one by chance: the schema filter drops those.
 */
export const freshId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * A list as the user leaves it after editing: each entry of `base` kept or changed by `edit`,
 * some added (`fresh`), then some removed and the rest reordered. Often the list is left whole
 * and in order, as most lists are.
 */
export function editedList<T>(
  base: readonly T[],
  edit: (entry: T) => fc.Arbitrary<T>,
  fresh: fc.Arbitrary<T>,
  max: number,
): fc.Arbitrary<T[]> {
  const kept = base.map((entry) =>
    fc.oneof({ weight: 2, arbitrary: fc.constant(entry) }, { weight: 1, arbitrary: edit(entry) }),
  );
  return fc
    .tuple(fc.tuple(...kept), fc.array(fresh, { maxLength: 3 }))
    .chain(([entries, added]) => {
      const all = [...entries, ...added].slice(0, max);
      return fc.oneof(fc.constant(all), fc.shuffledSubarray(all));
    });
}

/** An entry with a text the user may have rewritten. */
export function withText<T extends { text: string }>(text: fc.Arbitrary<string>) {
  return (entry: T): fc.Arbitrary<T> => text.map((value) => ({ ...entry, text: value }));
}
