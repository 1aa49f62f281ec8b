/**
 * Amounts in euros, French style: "1 250 €" for whole euros, "312,50 €" otherwise.
 * Intl puts the narrow no-break space (U+202F) between thousands and U+00A0 before "€".
 */
const whole = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function formatEuros(amount: number): string {
  const rounded = Math.round(amount * 100) / 100;
  return Number.isInteger(rounded) ? whole.format(rounded) : cents.format(rounded);
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** A plain French number: "0,5", "1 250". */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** An amount given in whole cents (the unit of the IMP arithmetic), written as `formatEuros`. */
export function formatCents(cents: number): string {
  return formatEuros(cents / 100);
}
