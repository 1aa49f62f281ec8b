import { impLineProblem } from '.';
import type { ImpRate } from '../schemas/imp-rate';
import type { ImpLine, Letter } from '../schemas/letter';
import { warning, type Problem } from '../validation/problem';

/**
 * A warning when a line's number of IMP and its stored taux disagree (taux 2 is 0,5 IMP): the
 * printed amount follows the number, so the head should see that the taux says otherwise.
 */
export function checkImpLine(
  line: Pick<ImpLine, 'count' | 'taux'>,
  rates: readonly ImpRate[],
): Problem | null {
  const message = impLineProblem(line, rates);
  return message === null ? null : warning(message);
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
