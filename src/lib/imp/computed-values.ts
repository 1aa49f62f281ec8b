import { formatCents, formatNumber } from '../format/money';
import type { ImpRate } from '../schemas/imp-rate';
import type { Letter } from '../schemas/letter';
import { sumOfSetLines } from './total';

/** Values of the computed blanks `{impNombre}` and `{impMontant}`. */
export type ImpComputedValues = {
  impNombre: string;
  impMontant: string;
};

/**
 * The computed blanks, French-formatted (« 0,5 », « 1 250 € »): totals over the letter's IMP
 * lines that are set, so a letter paid by the Rectorat and the school states the whole;
 * empty strings while no line is set (the printed letter then shows a dotted blank).
 */
export function impComputedValues(
  letter: Pick<Letter, 'imp'>,
  rates: readonly ImpRate[],
): ImpComputedValues {
  const total = sumOfSetLines(letter.imp?.lines ?? [], rates);
  return {
    impNombre: total ? formatNumber(total.count) : '',
    impMontant: total ? formatCents(total.pay.annualCents) : '',
  };
}
