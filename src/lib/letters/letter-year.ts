import type { Letter } from '../schemas/letter';
import { schoolYearStart } from '../format/date';
import { valueOf } from '../schemas/values';

/**
 * The school year a letter is for: the first field of type `schoolYear` holding a « 2026-2027 »
 * year (found by its type, not its id, so any model's year field counts). Null when the letter
 * has no such field, or while it is empty or mistyped.
 */
export function letterSchoolYear(letter: Letter): number | null {
  for (const field of letter.fields) {
    if (field.type !== 'schoolYear') continue;
    const start = schoolYearStart(valueOf(letter.values, field.id));
    if (start !== null) return start;
  }
  return null;
}

/**
 * The first day of the school year starting in `start`, as yyyy-mm-dd. August already belongs
 * to the coming year, as in `currentSchoolYear`: letters for September are written over the
 * summer. yyyy-mm-dd strings compare in calendar order.
 */
export const schoolYearFirstDay = (start: number): string => `${start}-08-01`;

/** « 2026-2027 » for 2026. */
export const schoolYearLabel = (start: number): string => `${start}-${start + 1}`;
