/**
 * IMP money in cents, integers only, so sums never drift (0,1 + 0,2 in euros would). One IMP is
 * 1 250 € a year (arrêté du 27 avril 2015, content/taux-imp.yaml); a mission over the whole
 * school year is paid monthly by ninths (décret n° 2015-475, art. 3).
 */
export const MONTHS_PAID = 9;

/** An amount in euros (as the rates list gives it) in whole cents. */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

/** A number of IMP in quarters, the smallest share of an IMP (1,5 IMP is 6 quarters). */
export function toQuarters(count: number): number {
  return Math.round(count * 4);
}

/** Annual amount, in cents, of a number of IMP given the annual amount of one IMP in cents. */
export function annualCents(count: number, oneImpCents: number): number {
  return Math.round((toQuarters(count) * oneImpCents) / 4);
}

/** Monthly payment, in cents, of an annual amount paid by ninths. */
export function monthlyNinthCents(annual: number): number {
  return Math.round(annual / MONTHS_PAID);
}

/** What an IMP line (or the total of the table) pays: gross annual amount and monthly ninth. */
export interface ImpPay {
  annualCents: number;
  monthlyCents: number;
}

/** The pay of a number of IMP. */
export function payOf(count: number, oneImpCents: number): ImpPay {
  const annual = annualCents(count, oneImpCents);
  return { annualCents: annual, monthlyCents: monthlyNinthCents(annual) };
}
