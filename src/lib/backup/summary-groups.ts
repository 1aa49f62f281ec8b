import type { ImportChoice } from './plan';
import { plural } from '../text/plural';

// The confirmation step says the same four things of the backup's letters and of its models;
// only the words differ (a letter is feminine, a model masculine, and French agrees with both).

/** One form for a single item and one for several, each written out after the count. */
export type Forms = readonly [one: string, many: string];

/** How the summary names one group of the backup (its letters, or its models). */
export interface GroupWords {
  /** « 2 lettres seront ajoutées »: items whose id is free here. */
  fresh: Forms;
  /** Items here in an older version than the backup's. */
  newer: Forms;
  /** What happens to `newer` items, as the user chose. */
  newerThen: Readonly<Record<ImportChoice, Forms>>;
  /** Items here newer than (or different from) the backup's: added as copies, never replaced. */
  older: Forms;
  /** Items here already, the same: not imported again. */
  same: Forms;
}

/** One group of the import plan (its letters, or its models), sorted by what is here. */
export type PlanGroup = Readonly<Record<'fresh' | 'newer' | 'older' | 'same', readonly unknown[]>>;

/** « 2 lettres existent ici… : elles seront remplacées… », or nothing when there are none. */
function sentence(count: number, forms: Forms, then?: Forms): string {
  if (count === 0) return '';
  const what = plural(count, ...forms);
  return then ? ` ${what}\u00a0: ${count === 1 ? then[0] : then[1]}.` : ` ${what}.`;
}

/**
 * The group's sentences, in the order the confirmation step gives them: added, replaced or
 * copied (never an older item over a newer one), skipped. Each starts with a space.
 */
export function groupSentences(group: PlanGroup, words: GroupWords, choice: ImportChoice): string {
  return (
    sentence(group.fresh.length, words.fresh) +
    sentence(group.newer.length, words.newer, words.newerThen[choice]) +
    sentence(group.older.length, words.older) +
    sentence(group.same.length, words.same)
  );
}
