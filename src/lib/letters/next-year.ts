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

const DAY_MS = 86_400_000;

/**
 * A yyyy-mm-dd date moved to the same weekday of the matching week a year later: « vendredi
 * 28 mai 2027 » becomes « vendredi 26 mai 2028 », where `shiftIsoDate` would give a Sunday.
 * Deadlines and meetings are set on weekdays (« un lundi de janvier », « un vendredi de mai »),
 * which a date moved by a calendar year loses.
 *
 * The rule: the same weekday nearest to the same calendar day a year later (`shiftIsoDate`).
 * A year being 365 or 366 days, that is always 52 weeks (364 days) on, 1 or 2 days before the
 * calendar day; 53 weeks would land 5 or 6 days after it, never nearer. Each year a date rolled
 * again comes 1 or 2 days earlier in the month: the head sees it in the letter, and no rule
 * that keeps the weekday can keep the day of the month too. A date falling on a weekend or a
 * public holiday once moved (a Thursday onto Ascension) is listed for review
 * (`findDatesToCheck`), not moved again: only the head knows which day suits. Anything but a
 * real date is returned unchanged, as by `shiftIsoDate`.
 */
export function moveToSameWeekday(iso: string): string {
  const date = parseIsoDate(iso);
  const calendar = parseIsoDate(shiftIsoDate(iso));
  if (!date || !calendar) return iso;
  // Days from the calendar day to the same weekday, -3 to +3: the nearest one.
  const ahead = (date.getUTCDay() - calendar.getUTCDay() + 7) % 7;
  const offset = ahead > 3 ? ahead - 7 : ahead;
  return new Date(calendar.getTime() + offset * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The same letter for the next school year, without touching `letter` (nested parts not changed
 * here are shared with it). One rule for one letter, so that copying a letter for next year and
 * rolling over all the letters of a year at once give the same result.
 *
 * - Every field of type `schoolYear` moves on by one year; one that holds no « 2026-2027 » year
 *   gets the year after the one under way on `now`, the copy's likely purpose.
 * - Every field of type `date` moves to the same weekday a year later (`moveToSameWeekday`),
 *   except a date before the letter's school year, which stays: it may record a past fact
 *   (« Date de création de la Cordée »), or be last spring's conseil d'administration that the
 *   new year needs again; only the head can tell, so `findDatesToCheck` lists it in the copy. A
 *   field marked `history` by its model always stays. Without a school year to compare with,
 *   every other date moves.
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
    } else if (field.type === 'date' && value !== undefined && field.history !== true) {
      const before = firstDay !== null && parseIsoDate(value) !== null && value.trim() < firstDay;
      if (!before) values[field.id] = moveToSameWeekday(value);
    }
  }
  return { ...letter, values, date: localIsoDate(now) };
}
