import type { ImpRate } from '../schemas/imp-rate';
import type { ImpLine } from '../schemas/letter';
import { toQuarters, type ImpPay } from './cents';
import { readImpLine } from './line';

/** The total of an IMP table: number of IMP and pay, each the sum of its column. */
export interface ImpTotal {
  count: number;
  pay: ImpPay;
}

/**
 * The total of the lines that are set, or null when none is. Sums run on quarters and cents,
 * and the monthly total adds the lines' own ninths, so the printed column adds up to the cent.
 */
export function sumOfSetLines(
  lines: readonly Pick<ImpLine, 'count' | 'taux'>[],
  rates: readonly ImpRate[],
): ImpTotal | null {
  let quarters = 0;
  let annualCents = 0;
  let monthlyCents = 0;
  let any = false;
  for (const line of lines) {
    const reading = readImpLine(line, rates);
    if (reading.kind === 'unset') continue;
    any = true;
    quarters += toQuarters(reading.count);
    annualCents += reading.pay.annualCents;
    monthlyCents += reading.pay.monthlyCents;
  }
  return any ? { count: quarters / 4, pay: { annualCents, monthlyCents } } : null;
}

/**
 * The total line of an IMP table: null while any line is unset, since a line left to fill by
 * hand would make a printed total wrong once it is filled.
 */
export function impTotal(
  lines: readonly Pick<ImpLine, 'count' | 'taux'>[],
  rates: readonly ImpRate[],
): ImpTotal | null {
  const unset = lines.some((line) => readImpLine(line, rates).kind === 'unset');
  return unset ? null : sumOfSetLines(lines, rates);
}
