import { formatEuros, formatNumber } from './format/money';
import type { ImpRate } from './schemas/imp-rate';
import type { ImpLine, Letter } from './schemas/letter';

/**
 * IMP arithmetic. One IMP is 1 250 € a year (arrêté du 27 avril 2015, content/taux-imp.yaml);
 * a mission over the whole school year is paid monthly by ninths (décret n° 2015-475, art. 3).
 */
export const MONTHS_PAID = 9;

/** Monthly payment of an annual amount paid by ninths. */
export function monthlyNinth(annualAmount: number): number {
  return Math.round((annualAmount / MONTHS_PAID) * 100) / 100;
}

/** Annual amount of a number of IMP, given the amount of one IMP. */
export function annualAmount(count: number, amountOfOneImp: number): number {
  return Math.round(count * amountOfOneImp * 100) / 100;
}

/** What an IMP line pays: the gross annual amount and its monthly ninth. */
export interface ImpAmount {
  annual: number;
  monthly: number;
}

/** The rate of a given level (taux 1 to 5), if the rates list has it. */
export function rateOf(taux: number, rates: readonly ImpRate[]): ImpRate | undefined {
  return rates.find((rate) => rate.taux === taux);
}

/** Amount of one IMP: the rate whose share is 1 (taux 3, 1 250 €). */
export function oneImpAmount(rates: readonly ImpRate[]): number | undefined {
  return rates.find((rate) => rate.share === 1)?.amount;
}

/**
 * Number of IMP of a line: the count when chosen, else the share of its taux, else null.
 * The count wins because it is what the head decided; the taux only names a usual amount.
 */
export function impLineCount(
  line: Pick<ImpLine, 'count' | 'taux'>,
  rates: readonly ImpRate[],
): number | null {
  if (line.count !== null) return line.count;
  if (line.taux === null) return null;
  return rateOf(line.taux, rates)?.share ?? null;
}

/**
 * Annual amount of an IMP line (count × amount of one IMP; the taux's amount when only the taux
 * is chosen) and its monthly ninth; null while neither is chosen.
 */
export function impLineAmount(
  line: Pick<ImpLine, 'count' | 'taux'>,
  rates: readonly ImpRate[],
): ImpAmount | null {
  let annual: number | undefined;
  if (line.count !== null) {
    const oneImp = oneImpAmount(rates);
    annual = oneImp === undefined ? undefined : annualAmount(line.count, oneImp);
  } else if (line.taux !== null) {
    annual = rateOf(line.taux, rates)?.amount;
  }
  return annual === undefined ? null : { annual, monthly: monthlyNinth(annual) };
}

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
  const lines = letter.imp?.lines ?? [];
  const counts = lines.map((line) => impLineCount(line, rates)).filter((n) => n !== null);
  const amounts = lines.map((line) => impLineAmount(line, rates)).filter((a) => a !== null);
  const total = (values: number[]) => Math.round(values.reduce((sum, n) => sum + n, 0) * 100) / 100;
  return {
    impNombre: counts.length > 0 ? formatNumber(total(counts)) : '',
    impMontant: amounts.length > 0 ? formatEuros(total(amounts.map((a) => a.annual))) : '',
  };
}
