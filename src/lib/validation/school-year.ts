import { frenchTypography } from '../text/typography';
import { SCHOOL_YEAR_PATTERN } from '../format/date';

/** Checks a school year written « 2025-2026 »: two years, the second following the first. */
export function checkSchoolYear(value: string): string | null {
  const match = SCHOOL_YEAR_PATTERN.exec(value.trim());
  if (!match) return frenchTypography('L’année scolaire s’écrit AAAA-AAAA, par exemple 2025-2026.');
  if (Number(match[2]) !== Number(match[1]) + 1) {
    return frenchTypography('Les deux années doivent se suivre, par exemple 2025-2026.');
  }
  return null;
}
