import { frenchTypography } from '../text/typography';

/** Most IMP a letter may give to one person (the same bound as the stored letter's IMP lines). */
export const MAX_IMP_COUNT = 20;

/** A number typed the French way (« 0,5 ») or not (« 0.5 »), or null when it is not a number. */
export function parseImpCount(value: string): number | null {
  const text = value.trim().replace(',', '.');
  if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return null;
  return Number(text);
}

/** Whether a number is a whole number of quarters (0,25 is the smallest share of an IMP). */
export function isQuarter(count: number): boolean {
  return Math.abs(count * 4 - Math.round(count * 4)) < 1e-9;
}

/** Checks a number of IMP: 0 or more, by quarters, at most 20. */
export function checkImpCount(value: string): string | null {
  const count = parseImpCount(value);
  if (count === null) return frenchTypography('Indiquez un nombre, par exemple 1 ou 0,5.');
  if (count < 0) return frenchTypography('Le nombre d’IMP ne peut pas être négatif.');
  if (!isQuarter(count)) {
    return frenchTypography('Le nombre d’IMP va par quarts : 0,25 ; 0,5 ; 0,75 ; 1 ; 1,25…');
  }
  if (count > MAX_IMP_COUNT) {
    return frenchTypography(`Le nombre d’IMP ne peut pas dépasser ${MAX_IMP_COUNT}.`);
  }
  return null;
}
