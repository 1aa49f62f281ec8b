import {
  currentSchoolYear,
  localIsoDate,
  parseIsoDate,
  preparedSchoolYear,
  schoolYearStart,
} from '../format/date';
import type { School } from '../schemas/school';

/** The year being prepared, and whether the head chose it (else the date rule gave it). */
export interface PreparedYear {
  /** « 2026-2027 ». */
  year: string;
  /** True when chosen in « Mon établissement » (or where letters are made), false by the rule. */
  chosen: boolean;
}

/**
 * The school year being prepared on `now`: the head's choice while the campaign it was made in
 * lasts (the date rule gives the same year on the day chosen and today) and its year is not
 * over, else the date rule (`preparedSchoolYear`: from 1 February, the year that starts in
 * September). So a choice made in March 2027 to write late letters for 2026-2027 does not
 * outlive that school year.
 */
export function preparedYear(school: Pick<School, 'preparedYear'>, now: Date): PreparedYear {
  const rule = preparedSchoolYear(now);
  const choice = school.preparedYear;
  const day = choice ? parseIsoDate(choice.chosenOn) : null;
  // The day as the local calendar has it, as `now` is read (the rule reads local months).
  const chosenOn = day && new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const over = choice !== undefined && choice.year < currentSchoolYear(now);
  if (choice && chosenOn && !over && preparedSchoolYear(chosenOn) === rule)
    return { year: choice.year, chosen: true };
  return { year: rule, chosen: false };
}

/** The years a head may choose on `now`: the one under way or ending, the rule's, the next. */
export function preparedYearOptions(now: Date): string[] {
  const start = schoolYearStart(preparedSchoolYear(now)) ?? now.getFullYear();
  return [start - 1, start, start + 1].map((first) => `${first}-${first + 1}`);
}

/** The choice to store for `year` chosen on `now` (local calendar). */
export const choosePreparedYear = (year: string, now: Date) => ({
  year,
  chosenOn: localIsoDate(now),
});
