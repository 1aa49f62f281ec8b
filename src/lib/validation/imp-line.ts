import { formatNumber } from '../format/money';
import { rateOf } from '../imp';
import type { ImpRate } from '../schemas/imp-rate';
import type { ImpLine, Letter } from '../schemas/letter';
import { frenchTypography } from '../text/typography';
import { warning, type Problem } from './problem';

/**
 * A warning when a line's number of IMP and its taux disagree (taux 2 is 0,5 IMP): the printed
 * amount follows the number, so the head should see that the taux says otherwise.
 */
export function checkImpLine(
  line: Pick<ImpLine, 'count' | 'taux'>,
  rates: readonly ImpRate[],
): Problem | null {
  if (line.count === null || line.taux === null) return null;
  const rate = rateOf(line.taux, rates);
  if (!rate || rate.share === line.count) return null;
  const share = formatNumber(rate.share);
  const count = formatNumber(line.count);
  return warning(
    frenchTypography(
      `Le taux ${line.taux} correspond à ${share} IMP, et non à ${count} : vérifiez le nombre ou le taux.`,
    ),
  );
}

/** The warnings of a letter's IMP lines, by line id. */
export function validateImpLines(
  letter: Pick<Letter, 'imp'>,
  rates: readonly ImpRate[],
): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  for (const line of letter.imp?.lines ?? []) {
    const problem = checkImpLine(line, rates);
    if (problem) problems.set(line.id, problem);
  }
  return problems;
}
