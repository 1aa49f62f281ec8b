import type { Letter } from '../schemas/letter';
import type { Backup } from '../schemas/backup';
import { sortLetter, type StoredLetters } from './sort';

export { storedById, type StoredLetters } from './sort';

/**
 * What an import would do, before the user confirms. A backup's letter whose id is used here
 * is compared with the letter here by revision (each save adds one): a newer one may replace
 * it, an older or different one never does (it is added as a copy), an identical one is skipped.
 */
export interface ImportPlan {
  /** Letters whose id is not used here: added as they are. */
  fresh: Letter[];
  /** Same id here, at a lower revision: replaced, or both kept, as the user chooses. */
  newer: Letter[];
  /**
   * Same id here, at the same or a higher revision but not identical (edited here since the
   * backup, or in two places), or unreadable here: added as a copy under a new id, so the
   * letter here is never replaced by an older one.
   */
  older: Letter[];
  /** Already here exactly as in the backup: not written again. */
  same: Letter[];
  /** How many letters repeated an id inside them and were given new ones; absent: none. */
  repairedLetters?: number;
}

/** For a newer letter from the backup: add it as a copy, or replace the letter here. */
export type ImportChoice = 'keep-both' | 'replace';

/**
 * Sorts the backup's letters by what is stored under their ids; `repairedLetters` (from
 * `parseBackup`) is carried along for the summary.
 */
export function planImport(stored: StoredLetters, backup: Backup, repairedLetters = 0): ImportPlan {
  const plan: ImportPlan = { fresh: [], newer: [], older: [], same: [] };
  for (const letter of backup.letters) plan[sortLetter(letter, stored.get(letter.id))].push(letter);
  return repairedLetters === 0 ? plan : { ...plan, repairedLetters };
}

/** How many letters the import would write (skipped identical ones aside). */
export const toWrite = (plan: ImportPlan): number =>
  plan.fresh.length + plan.newer.length + plan.older.length;
