import type { Letter } from '../schemas/letter';
import { currentSchoolYear, localIsoDate, nextSchoolYear, parseIsoDate } from '../format/date';
import { letterSchoolYear, schoolYearFirstDay } from './letter-year';
import { ownValue } from '../schemas/values';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A yyyy-mm-dd date moved by `years` years; 29 February becomes 28 February in a common year.
 * Anything but a real yyyy-mm-dd date (empty, « 2026-02-30 », free text from an old import) is
 * returned unchanged: there is no date to move, and the field's own check already flags it.
 */
export function shiftIsoDate(iso: string, years = 1): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const year = date.getUTCFullYear() + years;
  const month = date.getUTCMonth();
  // Day 0 of the next month is the last day of this one: 28 or 29 for February.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${pad(month + 1)}-${pad(Math.min(date.getUTCDate(), lastDay))}`;
}

/**
 * The same letter for the next school year, without touching `letter` (nested parts not changed
 * here are shared with it). One rule for one letter, so that copying a letter for next year and
 * rolling over all the letters of a year at once give the same result.
 *
 * - Every field of type `schoolYear` moves on by one year; one that holds no « 2026-2027 » year
 *   gets the year after the one under way on `now`, the copy's likely purpose.
 * - Every field of type `date` moves by one year (29 February → 28 February), except a date
 *   before the letter's school year: that one records a past fact (« Date de création de la
 *   Cordée ») and stays. Without a school year to compare with, every date moves.
 * - The letter's own date becomes `now`'s day, as for a new letter. Empty would print a letter
 *   with no « Ville, le … » line, easy to miss when signing; last year's date would be wrong
 *   outright. The copy is made when the head prepares the coming year's letters, so today is
 *   the likeliest date, and the head sees it at the top of the letter and in the editor.
 *
 * Free texts are left as written: `findYearBoundTexts` lists the mentions of a past year for the
 * head to review, since only a person can tell a reference's date from a deadline.
 */
export function moveToNextYear(letter: Letter, now: Date): Letter {
  const start = letterSchoolYear(letter);
  const firstDay = start === null ? null : schoolYearFirstDay(start);
  const fallback = nextSchoolYear(currentSchoolYear(now));
  const values = { ...letter.values };
  for (const field of letter.fields) {
    const value = ownValue(values, field.id);
    if (field.type === 'schoolYear') {
      values[field.id] = nextSchoolYear(value ?? '') || fallback;
    } else if (field.type === 'date' && value !== undefined) {
      const history = firstDay !== null && parseIsoDate(value) !== null && value.trim() < firstDay;
      if (!history) values[field.id] = shiftIsoDate(value);
    }
  }
  return { ...letter, values, date: localIsoDate(now) };
}
