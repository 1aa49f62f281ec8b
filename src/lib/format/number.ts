import type { TypedNumber } from './typed-number';

// Whole numbers as BigInt: Intl groups any count of digits with U+202F, and no float rounds them.
const grouping = new Intl.NumberFormat('fr-FR');

/**
 * A typed number written the French way: thousands apart with a narrow no-break space, a
 * decimal comma, the decimals as typed (« 1250.5 » → « 1 250,5 »).
 */
export function formatTypedNumber(number: TypedNumber): string {
  const whole = grouping.format(BigInt(number.whole));
  const sign = number.negative ? '-' : '';
  return `${sign}${whole}${number.fraction ? `,${number.fraction}` : ''}`;
}
