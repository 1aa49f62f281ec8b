import { schoolYearStart } from '../format/date';
import type { LetterSummaryRecord } from '../schemas/letter-summary';
import { schoolYearLabel } from './letter-year';

/** A summary's school year as the IMP summary writes it (« 2027-2028 »), or empty. */
export function recordYear(record: Pick<LetterSummaryRecord, 'year'>): string {
  const start = schoolYearStart(record.year);
  return start === null ? '' : schoolYearLabel(start);
}

/**
 * The ids of the letters of `year` (« 2027-2028 »), from their summaries: a tool that needs one
 * year's letters whole reads those only (`LetterRepository.listOf`), not ten years of them.
 */
export function idsOfYear(
  summaries: readonly Pick<LetterSummaryRecord, 'id' | 'year'>[],
  year: string,
): string[] {
  return summaries.filter((summary) => recordYear(summary) === year).map(({ id }) => id);
}
