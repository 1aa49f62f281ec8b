import { formatCents, formatNumber } from '../format/money';
import type { ImpRate } from '../schemas/imp-rate';
import type { ImpLine, Letter } from '../schemas/letter';
import { frenchTypography } from '../text/typography';
import { readImpLine } from './line';
import { rateOf } from './rates';

/** An IMP line whose stored number and taux disagree, for the check before export. */
export interface ImpProblem {
  /** Id of the line, to lead the user to its controls. */
  lineId: string;
  /** What is wrong, in French, naming the line. */
  message: string;
}

/**
 * Why a line is incoherent (its taux is not its number: 1,5 IMP with taux 2), or null. The
 * letter prints what the number says, so the message says what will print and how to fix it.
 */
export function impLineProblem(
  line: Pick<ImpLine, 'count' | 'taux'>,
  rates: readonly ImpRate[],
): string | null {
  const reading = readImpLine(line, rates);
  if (reading.kind !== 'contradiction') return null;
  const stored = rateOf(reading.storedTaux, rates);
  const taux = stored
    ? `au taux ${reading.storedTaux} (${formatNumber(stored.share)} IMP)`
    : `à un taux ${reading.storedTaux} inconnu`;
  return frenchTypography(
    `${formatNumber(reading.count)} IMP ne correspond pas ${taux}. ` +
      `La lettre imprime le nombre, soit ${formatCents(reading.pay.annualCents)} par an : ` +
      'choisissez le taux ou corrigez le nombre.',
  );
}

/** The incoherent IMP lines of a letter, in table order; empty when every line is coherent. */
export function impProblems(letter: Pick<Letter, 'imp'>, rates: readonly ImpRate[]): ImpProblem[] {
  return (letter.imp?.lines ?? []).flatMap((line) => {
    const problem = impLineProblem(line, rates);
    if (problem === null) return [];
    const name = line.heading.trim() || 'Ligne d’IMP';
    return [{ lineId: line.id, message: frenchTypography(`${name} : ${problem}`) }];
  });
}
