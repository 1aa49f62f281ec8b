import type { ImpRate } from '../schemas/imp-rate';
import { toCents, toQuarters } from './cents';

/** The rate of a given level (taux 1 to 5), if the rates list has it. */
export function rateOf(taux: number, rates: readonly ImpRate[]): ImpRate | undefined {
  return rates.find((rate) => rate.taux === taux);
}

/** The rate whose share of an IMP is exactly this number (0,5 IMP is taux 2), if any. */
export function rateForCount(count: number, rates: readonly ImpRate[]): ImpRate | undefined {
  return rates.find((rate) => toQuarters(rate.share) === toQuarters(count));
}

/**
 * Annual amount of one IMP in cents: the rate whose share is 1 (taux 3, 1 250 €), else any
 * rate's amount over its share; undefined without rates, when nothing can be priced.
 */
export function oneImpCents(rates: readonly ImpRate[]): number | undefined {
  const rate = rates.find((candidate) => candidate.share === 1) ?? rates[0];
  return rate ? Math.round(toCents(rate.amount) / rate.share) : undefined;
}
