import { plural } from '../text/plural';

// The selection of the campaign's rows, as pure functions over a set of letter ids: the page
// keeps the set, these say what a click makes of it.

/** `selected` with `id` added, or removed when `on` is false. */
export function toggled(selected: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * « Tout sélectionner » over the rows shown (`ids`, the filtered ones): all of them added, or
 * all of them removed; letters selected under another filter stay as they are.
 */
export function allToggled(
  selected: ReadonlySet<string>,
  ids: readonly string[],
  on: boolean,
): Set<string> {
  const next = new Set(selected);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** Whether « Tout sélectionner » is checked, unchecked or mixed over the rows shown. */
export function allState(
  selected: ReadonlySet<string>,
  ids: readonly string[],
): 'all' | 'some' | 'none' {
  const count = ids.filter((id) => selected.has(id)).length;
  if (count === 0) return 'none';
  return count === ids.length ? 'all' : 'some';
}

/** The selection less the letters gone (deleted here or in another tab). */
export function kept(selected: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const present = new Set(ids);
  return new Set([...selected].filter((id) => present.has(id)));
}

/** The ids selected, in the rows' order (the PDF's order). */
export const inOrder = (selected: ReadonlySet<string>, ids: readonly string[]): string[] =>
  ids.filter((id) => selected.has(id));

/** What is announced after each change: « 3 lettres sélectionnées. » */
export function selectionSentence(count: number): string {
  return count === 0
    ? 'Aucune lettre sélectionnée.'
    : `${plural(count, 'lettre sélectionnée', 'lettres sélectionnées')}.`;
}
