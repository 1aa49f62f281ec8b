import type { Letter } from '../schemas/letter';
import { currentSchoolYear, nextSchoolYear } from '../format/date';

/** How to copy a letter. */
export interface DuplicateOptions {
  /** Copy for the next school year: school-year blanks move on by one year. */
  nextYear: boolean;
  /** Stamps `createdAt` and `updatedAt`. */
  now: Date;
  /** Id of the copy. */
  makeId: () => string;
}

/**
 * A copy of `letter` under a new id, as a new letter (revision 0, stamped now); the title is
 * kept as is, since it is printed on the letter. The ids of sections and items are kept: they
 * only need to be unique within their letter.
 *
 * For the next year, every school-year blank (the field whose role is `anneeScolaire` and any
 * field of type `schoolYear`) moves on one year; a blank that does not hold a « 2025-2026 » year gets the year
 * after the current one, the copy's likely purpose. The letter's date is emptied: last year's
 * date would be printed on this year's letter otherwise.
 */
export function duplicateLetter(letter: Letter, options: DuplicateOptions): Letter {
  const stamp = options.now.toISOString();
  const copy: Letter = {
    ...structuredClone(letter),
    id: options.makeId(),
    revision: 0,
    createdAt: stamp,
    updatedAt: stamp,
  };
  if (!options.nextYear) return copy;
  const fallback = nextSchoolYear(currentSchoolYear(options.now));
  const yearFields = new Set(
    copy.fields
      .filter((field) => field.role === 'anneeScolaire' || field.type === 'schoolYear')
      .map((field) => field.id),
  );
  for (const id of yearFields) {
    const value = copy.values[id];
    if (value === undefined) continue;
    copy.values[id] = nextSchoolYear(value) || fallback;
  }
  copy.date = '';
  return copy;
}
