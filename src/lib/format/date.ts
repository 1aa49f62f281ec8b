/**
 * Dates as a French letter writes them (« 22 novembre 2026 », « 1er décembre 2026 ») and school
 * years (« 2025-2026 »). Intl does the wording; only the ordinal « 1er » is added by hand.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of a yyyy-mm-dd date, or null when it is not a real calendar date. */
export function parseIsoDate(iso: string): Date | null {
  const match = isoDate.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March: a real date reads back the same.
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}

// UTC on both sides: a yyyy-mm-dd date has no time zone, and must not shift by a day.
const longDate = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const longDateWithWeekday = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * « 22 novembre 2026 », « 1er décembre 2026 »; with `weekday`, « dimanche 22 novembre 2026 »,
 * the weekday computed from the date so that the two never disagree. Empty for anything but a
 * valid yyyy-mm-dd.
 */
export function formatLetterDate(iso: string, { weekday = false } = {}): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  return (weekday ? longDateWithWeekday : longDate)
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** « Melun, le 22 novembre 2026 », « Le 22 novembre 2026 » without a town, empty without date. */
export function placeAndDate(town: string, iso: string): string {
  const date = formatLetterDate(iso);
  if (!date) return '';
  const place = town.trim();
  return place ? `${place}, le ${date}` : `Le ${date}`;
}

/**
 * « 22 nov. 2026 à 14:05 », for "last change" in lists, in the reader's time zone unless one is
 * given. Date and time are formatted apart: how Intl joins them differs between browsers.
 */
export function formatDateTime(date: Date, timeZone?: string): string {
  const [day, time] = dateTimeFormats(timeZone);
  return `${day.format(date)} à ${time.format(date)}`;
}

// Made once per time zone: making a formatter costs far more than using it (a list of cards).
const dateTimeFormatters = new Map<string, [Intl.DateTimeFormat, Intl.DateTimeFormat]>();
function dateTimeFormats(timeZone?: string): [Intl.DateTimeFormat, Intl.DateTimeFormat] {
  const key = timeZone ?? '';
  let found = dateTimeFormatters.get(key);
  if (!found) {
    const zone = timeZone === undefined ? {} : { timeZone };
    found = [
      new Intl.DateTimeFormat('fr-FR', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        ...zone,
      }),
      new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', ...zone }),
    ];
    dateTimeFormatters.set(key, found);
  }
  return found;
}

/** A school year as written in letters, « 2025-2026 »: two four-digit years (captured). */
export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

/** The first year of a « 2025-2026 » school year, or null when it is not written that way. */
export function schoolYearStart(value: string): number | null {
  const match = SCHOOL_YEAR_PATTERN.exec(value.trim());
  if (!match) return null;
  const start = Number(match[1]);
  return Number(match[2]) === start + 1 ? start : null;
}

/** « 2026-2027 » after « 2025-2026 »; empty when the value is not a school year. */
export function nextSchoolYear(value: string): string {
  const start = schoolYearStart(value);
  return start === null ? '' : `${start + 1}-${start + 2}`;
}

/** The school year under way on `now` (local calendar): from August on, the one that starts. */
export function currentSchoolYear(now: Date): string {
  const year = now.getFullYear();
  // Letters for September are written over the summer: August already belongs to the new year.
  const start = now.getMonth() >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/**
 * The month (0-based) from which the year being prepared is the one that starts next September:
 * February. Heads present next year's missions to the conseil pédagogique, then to the conseil
 * d'administration, from February to June, within the allocation the recteur notifies; the
 * rule and its reason are written for users in `content/pages/taux-imp.md`.
 */
export const PREPARED_YEAR_FROM_MONTH = 1;

/**
 * The school year being prepared on `now` (local calendar), by default: from 1 February, the
 * year that starts in September; in January, the year under way (a mission added mid-year).
 * A head may choose another (`school/prepared-year.ts`).
 */
export function preparedSchoolYear(now: Date): string {
  const year = now.getFullYear();
  const start = now.getMonth() >= PREPARED_YEAR_FROM_MONTH ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** `now` as yyyy-mm-dd in the local calendar: the day the user sees, not the UTC one. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
