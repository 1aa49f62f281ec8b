import type { Letter } from '../schemas/letter';
import { localIsoDate } from '../format/date';
import { frenchTypography } from '../text/typography';
import { letterSchoolYear, schoolYearLabel } from '../letters/letter-year';

/**
 * The day a school year starting in `start` is taken to end, as yyyy-mm-dd: 1 July of the next
 * calendar year. Classes end in early July (the national school calendar); a letter is not
 * meant for a year that ends within days. See `content/pages/taux-imp.md`.
 */
export const schoolYearEnd = (start: number): string => `${start + 1}-07-01`;

/** How many months before its end a school year is flagged: letters are written in spring. */
const WARN_MONTHS = 2;

/** A letter's school year that is over, or nearly: where it is, and what to tell the head. */
export interface YearEnding {
  /** The id of the year field (its control is `f-<id>`). */
  fieldId: string;
  /** The field's label. */
  label: string;
  /** In French: what is wrong and what to do. */
  message: string;
}

/**
 * Whether the letter's school year has ended on `today`, or ends within two months: a letter
 * for the year that is ending, printed in May, is almost always a year left unchanged (issue
 * 21: a draft went out as « 2025-2026 » in May 2026). Null when the year is later, or unset.
 */
export function schoolYearEnding(letter: Letter, today: Date): YearEnding | null {
  const start = letterSchoolYear(letter);
  const field = letter.fields.find((candidate) => candidate.type === 'schoolYear');
  if (start === null || !field) return null;
  const end = schoolYearEnd(start);
  const warnFrom = new Date(today.getFullYear(), today.getMonth() + WARN_MONTHS, today.getDate());
  const year = schoolYearLabel(start);
  const message = (state: string) =>
    frenchTypography(
      `L’année scolaire ${year} ${state} : vérifiez l’année de la lettre ` +
        '(une lettre préparée au printemps est pour l’année qui commence en septembre).',
    );
  if (localIsoDate(today) >= end)
    return { fieldId: field.id, label: field.label, message: message('est terminée') };
  if (localIsoDate(warnFrom) >= end)
    return {
      fieldId: field.id,
      label: field.label,
      message: message('se termine dans moins de deux mois'),
    };
  return null;
}
