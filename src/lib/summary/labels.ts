import { formatCents, formatNumber } from '../format/money';
import { plural } from '../text/plural';
import type { Balance } from './allocation';
import type { SummaryRow } from './row';
import type { MissionTotal } from './year-summary';

/** Shown in place of an empty person. */
export const NO_NAME = 'Sans nom';

/** « Claire Dubois », or « Sans nom ». */
export const personLabel = (row: Pick<SummaryRow, 'person'>): string => row.person || NO_NAME;

/** A number of IMP from its quarters: « 1 », « 0,25 », « 1,5 ». */
export const quartersLabel = (quarters: number): string => formatNumber(quarters / 4);

/**
 * The taux of a letter's lines: « taux 3 », « taux 1 + taux 2 », « hors taux usuel »; a line
 * still unset adds « à fixer »; a letter without IMP lines reads « sans IMP ».
 */
export function tauxLabel(row: Pick<SummaryRow, 'lines'>): string {
  if (row.lines.length === 0) return 'sans IMP';
  return row.lines
    .map((line) => {
      if (line.count === null) return 'à fixer';
      const taux = line.taux === null ? 'hors taux usuel' : `taux ${line.taux}`;
      return line.funder === 'rectorat' ? `${taux} (Rectorat)` : taux;
    })
    .join(' + ');
}

/** The balance in words, never in colour alone: « Reste à attribuer : 1 250 € ». */
export function balanceSentence(balance: Balance): string {
  switch (balance.kind) {
    case 'none':
      return 'Aucune dotation saisie pour cette année.';
    case 'left':
      return balance.cents === 0
        ? 'La dotation est entièrement attribuée.'
        : `Reste à attribuer\u00a0: ${formatCents(balance.cents)}.`;
    case 'over':
      return `Dotation dépassée de ${formatCents(balance.cents)}.`;
  }
}

/**
 * The lines the rectorat pays apart, in words, or null when there are none: « IMP attribuées par
 * le Rectorat, hors dotation de l’établissement : 1 250,00 € (1 IMP, 1 lettre). »
 */
export function rectoratSentence(rectorat: MissionTotal): string | null {
  if (rectorat.letters === 0) return null;
  const figures = `${quartersLabel(rectorat.quarters)}\u00a0IMP, ${lettersLabel(rectorat.letters)}`;
  return `IMP attribuées par le Rectorat, hors dotation de l’établissement\u00a0: ${formatCents(rectorat.annualCents)} (${figures}).`;
}

/** « 3 lettres », « 1 lettre ». */
export const lettersLabel = (count: number): string => plural(count, 'lettre', 'lettres');
