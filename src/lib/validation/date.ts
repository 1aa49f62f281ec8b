import { parseIsoDate } from '../format/date';
import { frenchTypography } from '../text/typography';

/**
 * Checks a date from an `<input type="date">` (yyyy-mm-dd). The control itself gives an empty
 * value for a partial entry; an invalid value can still come from an imported file.
 */
export function checkIsoDate(value: string): string | null {
  if (parseIsoDate(value)) return null;
  return frenchTypography('La date n’est pas valide : indiquez le jour, le mois et l’année.');
}
