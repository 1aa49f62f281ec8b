import { frenchTypography } from '../text/typography';

/**
 * A decimal number as the user typed it, kept in digits so that nothing goes through a float:
 * « 1 250,125 » stays exactly that, however many decimals it has.
 */
export interface TypedNumber {
  negative: boolean;
  /** The digits before the decimal comma, without leading zeros (« 0 » at least). */
  whole: string;
  /** The digits after the decimal comma, as typed (« 50 » in « 1 250,50 »); '' for none. */
  fraction: string;
}

/** The spaces a French number may hold between its groups of three digits. */
const GROUP_SPACES = /[ \u00a0\u202f]/g;
const HAS_GROUP_SPACE = /[ \u00a0\u202f]/;
const plain = /^([-\u2212]?)(\d+)(?:[.,](\d+))?$/;
// With spaces, the groups must be of three digits (« 1 250 », not « 12 50 »): a typo stays one.
const grouped = /^[-\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;

/** A number typed the French way (« 1 250,5 ») or not (« 1250.5 »), or null when it is not one. */
export function parseTypedNumber(value: string): TypedNumber | null {
  const text = value.trim();
  if (HAS_GROUP_SPACE.test(text) && !grouped.test(text)) return null;
  const match = plain.exec(text.replace(GROUP_SPACES, ''));
  if (!match) return null;
  const [, sign = '', digits = '', fraction = ''] = match;
  return { negative: sign !== '', whole: digits.replace(/^0+(?=\d)/, ''), fraction };
}

/** Checks a number field: any decimal number, with a comma or a point. */
export function checkNumber(value: string): string | null {
  return parseTypedNumber(value) ? null : 'Indiquez un nombre, par exemple 12 ou 1,5.';
}

/** The largest amount a field takes: enough for any school budget, and exact in cents. */
export const MAX_AMOUNT_WHOLE_DIGITS = 9;

/** Why an amount is refused, or its value in whole cents. */
type AmountReading = { cents: number } | { problem: string };

function readAmount(value: string): AmountReading {
  // « 1 250,50 € » typed with its sign is the same amount as « 1 250,50 ».
  const number = parseTypedNumber(value.trim().replace(/[ \u00a0\u202f]*€$/, ''));
  if (!number) {
    return { problem: 'Indiquez un montant en euros, par exemple 1\u202f250 ou 312,50.' };
  }
  if (number.negative) return { problem: 'Un montant ne peut pas être négatif.' };
  if (number.fraction.length > 2) {
    return { problem: 'Un montant a au plus deux chiffres après la virgule (les centimes).' };
  }
  if (number.whole.length > MAX_AMOUNT_WHOLE_DIGITS) {
    return { problem: 'Un montant ne peut pas dépasser 999\u202f999\u202f999,99\u00a0€.' };
  }
  return { cents: Number(number.whole) * 100 + Number(number.fraction.padEnd(2, '0')) };
}

/** An amount typed in euros (« 1 250,5 », « 312,50 € ») in whole cents, or null when invalid. */
export function parseAmountCents(value: string): number | null {
  const reading = readAmount(value);
  return 'cents' in reading ? reading.cents : null;
}

/** Checks an amount: euros, not negative, to the cent at most. */
export function checkAmount(value: string): string | null {
  const reading = readAmount(value);
  return 'problem' in reading ? frenchTypography(reading.problem) : null;
}
