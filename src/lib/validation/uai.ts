import { frenchTypography } from '../text/typography';
import { error, warning, type Problem } from './problem';

/**
 * The UAI (school identifier) is 7 digits and a check letter: the number modulo 23, read in
 * this alphabet (I, O and Q left out). This comes from public code, not from an official text,
 * so a wrong letter is only a warning.
 */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** The check letter of 7 digits, or an empty string when `digits` is not 7 digits. */
export function uaiCheckLetter(digits: string): string {
  if (!/^\d{7}$/.test(digits)) return '';
  return CHECK_LETTERS[Number(digits) % 23] ?? '';
}

/** The UAI as it should be stored: no spaces, capital letter (« 0771234y » → « 0771234Y »). */
export function normalizeUai(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

const shapeMessage = frenchTypography(
  'L’UAI doit comporter 7 chiffres suivis d’une lettre, par exemple 0771234Y.',
);

/** Checks an UAI: an error when it is not 7 digits and a letter, a warning on a wrong letter. */
export function checkUai(value: string): Problem | null {
  const uai = normalizeUai(value);
  if (uai === '') return null;
  if (!/^\d{7}[A-Z]$/.test(uai)) return error(shapeMessage);
  const expected = uaiCheckLetter(uai.slice(0, 7));
  if (uai.endsWith(expected)) return null;
  return warning(
    frenchTypography(`La lettre de contrôle attendue est « ${expected} » : vérifiez l’UAI.`),
  );
}
