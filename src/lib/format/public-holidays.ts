import { parseIsoDate } from './date';

/**
 * One public holiday of the law: on a fixed day (`date`, « MM-DD ») or a number of days after
 * Easter Sunday (`easter`: 1 for Easter Monday, 39 for Ascension Thursday, 50 for Whit Monday).
 */
export type PublicHoliday =
  { name: string; date: string; easter?: never } | { name: string; easter: number; date?: never };

/**
 * The public holidays of metropolitan France, named as the law lists them (Code du travail,
 * article L3133-1). The same list is written with its source in `content/jours-feries.yaml`,
 * and `tests/unit/content.test.ts` checks that both agree. A constant here rather than the
 * content file read at run time: the check before the PDF runs in the editor, which is given no
 * content collection, and this list only changes with the law. Alsace-Moselle's two more days
 * (Good Friday, 26 December) and overseas days are left out: a date listed as a holiday there
 * would be listed wrongly everywhere else.
 */
export const PUBLIC_HOLIDAYS: readonly PublicHoliday[] = [
  { name: '1er janvier', date: '01-01' },
  { name: 'lundi de Pâques', easter: 1 },
  { name: '1er mai', date: '05-01' },
  { name: '8 mai', date: '05-08' },
  { name: 'Ascension', easter: 39 },
  { name: 'lundi de Pentecôte', easter: 50 },
  { name: '14 juillet', date: '07-14' },
  { name: 'Assomption', date: '08-15' },
  { name: 'Toussaint', date: '11-01' },
  { name: '11 novembre', date: '11-11' },
  { name: 'jour de Noël', date: '12-25' },
];

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Easter Sunday of `year` (Gregorian calendar) as a UTC midnight: the « anonymous Gregorian
 * algorithm » (Meeus, Jones, Butcher), exact for every Gregorian year.
 */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** The « MM-DD » of a UTC midnight. */
const monthDay = (date: Date) => `${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/**
 * The name of the public holiday falling on the yyyy-mm-dd date `iso` (« Ascension »,
 * « 1er mai »), or null on any other day and for anything but a real date.
 */
export function publicHolidayOn(iso: string): string | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  const day = monthDay(date);
  const easter = easterSunday(date.getUTCFullYear()).getTime();
  const found = PUBLIC_HOLIDAYS.find((holiday) =>
    holiday.date !== undefined
      ? holiday.date === day
      : monthDay(new Date(easter + holiday.easter * DAY_MS)) === day,
  );
  return found?.name ?? null;
}

/** Whether the yyyy-mm-dd date `iso` is a Saturday or a Sunday; false for anything but a date. */
export function isWeekend(iso: string): boolean {
  const weekday = parseIsoDate(iso)?.getUTCDay();
  return weekday === 0 || weekday === 6;
}
