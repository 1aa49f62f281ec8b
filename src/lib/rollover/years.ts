import type { Letter } from '../schemas/letter';
import { currentSchoolYear, schoolYearStart } from '../format/date';
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
 * The year offered first: the one with the most letters, the year being rolled over being
 * the one the head has filled. Between years with as many letters, the year under way on
 * `now` if it is one of them (it is the one that ends), else the latest. Null without years.
 */
export function defaultYear(years: readonly YearCount[], now: Date): number | null {
  const most = Math.max(0, ...years.map((year) => year.count));
  const tied = years.filter((year) => year.count === most && most > 0);
  if (tied.length === 0) return null;
  const current = schoolYearStart(currentSchoolYear(now));
  return tied.find((year) => year.start === current)?.start ?? tied[0]?.start ?? null;
}
