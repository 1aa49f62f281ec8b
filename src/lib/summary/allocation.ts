import { formatCents } from '../format/money';

/** The allocation against what the letters of the year spend, in cents. */
export type Balance =
  /** No allocation entered for the year. */
  | { kind: 'none' }
  /** What is left to give (0 when the allocation is spent exactly). */
  | { kind: 'left'; cents: number }
  /** How much the letters spend beyond the allocation. */
  | { kind: 'over'; cents: number };

/** Allocation minus total: left (or exactly spent) or overspent. Integers in, integers out. */
export function balanceOf(totalCents: number, allocationCents: number | null): Balance {
  if (allocationCents === null) return { kind: 'none' };
  const rest = allocationCents - totalCents;
  return rest >= 0 ? { kind: 'left', cents: rest } : { kind: 'over', cents: -rest };
}

/**
 * The share of the allocation used, in whole percent, for the bar: 0 to 100, capped at 100 when
 * overspent (the words say by how much). An allocation of 0 is full as soon as anything is spent.
 */
export function usedPercent(totalCents: number, allocationCents: number): number {
  if (allocationCents <= 0) return totalCents > 0 ? 100 : 0;
  return Math.min(100, Math.floor((totalCents * 100) / allocationCents));
}

/**
 * The share of the allocation used, in whole percent, as the words say it: above 100 when
 * overspent (« 130 % »), unlike the bar. Null for an allocation of 0, of which no share is said.
 */
export function spentPercent(totalCents: number, allocationCents: number): number | null {
  if (allocationCents <= 0) return null;
  return Math.floor((totalCents * 100) / allocationCents);
}

/** An amount typed in euros, read: cents, nothing (an empty field), or why it is not an amount. */
export type EurosReading = { ok: true; cents: number | null } | { ok: false; message: string };

/** « 12 500,50 », « 12500.5 », « 12 500 € »: digits, spaces as thousands, up to two decimals. */
const EUROS = /^(\d+)(?:[,.](\d{1,2}))?$/;

/**
 * Reads an amount in euros as typed in French (decimal comma; a point is accepted too) into
 * whole cents, by its digits: no float ever holds the money. Spaces (ordinary, no-break, narrow)
 * and a final « € » are allowed. `maxCents` bounds it.
 */
export function parseEuros(text: string, maxCents: number): EurosReading {
  const compact = text.replace(/[\s\u00a0\u202f]/gu, '').replace(/€$/u, '');
  if (compact === '') return { ok: true, cents: null };
  const match = EUROS.exec(compact);
  if (!match) {
    return {
      ok: false,
      message: 'Saisissez un montant en euros, par exemple 12\u202f500 ou 12\u202f500,50.',
    };
  }
  const euros = match[1] ?? '0';
  const fraction = (match[2] ?? '').padEnd(2, '0');
  // Too many digits would lose precision as a number: count them first.
  const digits = euros.replace(/^0+(?=\d)/u, '');
  const cents = digits.length > 12 ? Infinity : Number(digits) * 100 + Number(fraction);
  if (cents > maxCents) {
    return { ok: false, message: `Le montant ne peut dépasser ${formatCents(maxCents)}.` };
  }
  return { ok: true, cents };
}
