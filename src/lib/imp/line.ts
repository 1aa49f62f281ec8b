import type { ImpRate } from '../schemas/imp-rate';
import type { ImpLine } from '../schemas/letter';
import { payOf, type ImpPay } from './cents';
import { oneImpCents, rateForCount, rateOf } from './rates';

/**
 * What an IMP line says, read from its stored number and taux. The number of IMP is the one
 * source of truth: the amount always follows it, and the taux only names it. A line whose stored
 * taux says otherwise (old letters, imports) is read as a contradiction, to be flagged.
 */
export type ImpLineReading =
  /** Neither number nor taux chosen: the printed table leaves it to fill by hand. */
  | { kind: 'unset' }
  /** A number that is the share of a taux (1 IMP, taux 3). */
  | { kind: 'usual'; count: number; rate: ImpRate; pay: ImpPay }
  /** A number no taux pays (1,5 IMP): « hors taux usuel », paid count × one IMP. */
  | { kind: 'unusual'; count: number; pay: ImpPay }
  /**
   * A stored taux whose share is not the stored number (1,5 IMP with taux 2). `rate` is the taux
   * the number matches, if any; the pay follows the number.
   */
  | { kind: 'contradiction'; count: number; storedTaux: number; rate?: ImpRate; pay: ImpPay };

/** The number of IMP a line stands for: its number, else the share of its taux (old data). */
function countOf(line: Pick<ImpLine, 'count' | 'taux'>, rates: readonly ImpRate[]): number | null {
  if (line.count !== null) return line.count;
  return line.taux === null ? null : (rateOf(line.taux, rates)?.share ?? null);
}

/** Reads a line; without rates nothing can be priced and the line reads as unset. */
export function readImpLine(
  line: Pick<ImpLine, 'count' | 'taux'>,
  rates: readonly ImpRate[],
): ImpLineReading {
  const count = countOf(line, rates);
  const oneImp = oneImpCents(rates);
  if (count === null || oneImp === undefined) return { kind: 'unset' };
  const pay = payOf(count, oneImp);
  const rate = rateForCount(count, rates);
  if (line.taux !== null && rate?.taux !== line.taux) {
    return { kind: 'contradiction', count, storedTaux: line.taux, ...(rate && { rate }), pay };
  }
  return rate ? { kind: 'usual', count, rate, pay } : { kind: 'unusual', count, pay };
}

/** The number of IMP of a line, or null while it is unset. */
export function impLineCount(
  line: Pick<ImpLine, 'count' | 'taux'>,
  rates: readonly ImpRate[],
): number | null {
  const reading = readImpLine(line, rates);
  return reading.kind === 'unset' ? null : reading.count;
}

/** What a line pays, or null while it is unset. */
export function impLinePay(
  line: Pick<ImpLine, 'count' | 'taux'>,
  rates: readonly ImpRate[],
): ImpPay | null {
  const reading = readImpLine(line, rates);
  return reading.kind === 'unset' ? null : reading.pay;
}
