import type { Letter } from '../schemas/letter';
import { schoolYearStart } from '../format/date';
import { letterSchoolYear } from '../letters/letter-year';

/** A school year some letters are for, and how many. */
export interface YearCount {
  /** First year: 2026 for 2026-2027. */
  start: number;
  count: number;
}

/** The school years the letters are for, latest first, with how many letters each. */
export function yearsOfLetters(letters: readonly Letter[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const letter of letters) {
    const start = letterSchoolYear(letter);
    if (start !== null) counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  return [...counts].map(([start, count]) => ({ start, count })).sort((a, b) => b.start - a.start);
}

/**
 * The year offered first: the one before the year being prepared (`school/prepared-year.ts`),
 * whose letters are rolled over into it, when it has letters; else the year with the most
 * letters, the latest between years with as many. Null without years.
 */
export function defaultYear(years: readonly YearCount[], prepared: string): number | null {
  const before = (schoolYearStart(prepared) ?? Number.NaN) - 1;
  if (years.some((year) => year.start === before)) return before;
  const most = Math.max(0, ...years.map((year) => year.count));
  return years.find((year) => year.count === most && most > 0)?.start ?? null;
}
