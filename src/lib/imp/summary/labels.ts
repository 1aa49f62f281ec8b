import { formatCents, formatNumber } from '../../format/money';
import { plural } from '../../text/plural';
import type { Balance } from './allocation';
import type { SummaryRow } from './row';

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
      return line.taux === null ? 'hors taux usuel' : `taux ${line.taux}`;
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

/** « 3 lettres », « 1 lettre ». */
export const lettersLabel = (count: number): string => plural(count, 'lettre', 'lettres');
