import type { Letter } from '../schemas/letter';
import { formatLetterDate, parseIsoDate } from '../format/date';
import { isWeekend, publicHolidayOn } from '../format/public-holidays';
import { ownValue } from '../schemas/values';
import { letterSchoolYear, schoolYearLabel } from './letter-year';

/** A date field of a letter to look at again, and why. */
export interface DateToCheck {
  /** The field's id; its control is `f-<id>`. */
  fieldId: string;
  /** The field's label, as the editor shows it. */
  label: string;
  /** The id of the field's control in the editor. */
  target: string;
  /** The date with its weekday: « jeudi 25 juin 2026 ». */
  date: string;
  /** The whole message, in French: « « jeudi 25 juin 2026 », jour férié (Ascension) : … ». */
  message: string;
}

/**
 * The school year a yyyy-mm-dd date falls in (its first year), August already counting for the
 * year that starts, as `schoolYearFirstDay` does.
 */
function schoolYearOf(date: Date): number {
  return date.getUTCMonth() >= 7 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/**
 * The letter's date fields a head should look at again, in the order of the form:
 *
 * - a date of a school year before the one preceding the letter's (« 25 juin 2026 » in a
 *   2027-2028 letter). It is what a copy for next year keeps of a date before its school year
 *   (`moveToNextYear`): a past fact, or last year's conseil d'administration or deadline that
 *   should follow the year, and nothing in the letter tells which. The year just before the
 *   letter's is not listed: its spring is when the missions are presented to the conseil
 *   d'administration, so a fresh letter's « Date du conseil d'administration » is rightly there;
 * - a date on a Saturday, a Sunday or a public holiday (`publicHolidayOn`), where no deadline
 *   or meeting of a school falls: a date moved to next year can land there (a Thursday onto
 *   Ascension).
 *
 * A field its model marks `history` (a creation date) is never listed: it is a past fact. An
 * empty or mistyped date is left to the field's own check.
 */
export function findDatesToCheck(letter: Letter): DateToCheck[] {
  const start = letterSchoolYear(letter);
  const found: DateToCheck[] = [];
  for (const field of letter.fields) {
    if (field.type !== 'date' || field.history === true) continue;
    const value = ownValue(letter.values, field.id)?.trim() ?? '';
    const parsed = parseIsoDate(value);
    if (!parsed) continue;
    const reasons: string[] = [];
    const year = schoolYearOf(parsed);
    const past = start !== null && year < start - 1;
    if (past)
      reasons.push(
        `date de l’année scolaire ${schoolYearLabel(year)} (la lettre est pour ${schoolYearLabel(start)})`,
      );
    const holiday = publicHolidayOn(value);
    if (holiday) reasons.push(`jour férié (${holiday})`);
    else if (isWeekend(value)) reasons.push('jour de week-end');
    if (reasons.length === 0) continue;
    const date = formatLetterDate(value, { weekday: true });
    const advice = past
      ? 'mettez-la à jour si elle doit suivre l’année.'
      : 'choisissez un jour ouvré s’il s’agit d’une échéance ou d’une réunion.';
    found.push({
      fieldId: field.id,
      label: field.label,
      target: `f-${field.id}`,
      date,
      message: `«\u00a0${date}\u00a0», ${reasons.join(', ')}\u00a0: ${advice}`,
    });
  }
  return found;
}
