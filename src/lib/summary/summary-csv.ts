import { toQuarters } from '../imp/cents';
import type { SummaryLine, SummaryRow } from './row';
import { csvCents, csvFile, csvQuarters, csvText } from './csv';

/** The columns of the CSV, named in French, one row per IMP line. */
export const CSV_COLUMNS = [
  'Année scolaire',
  'Nom',
  'Prénom',
  'Mission',
  'Ligne d’IMP',
  'Mission de la ligne',
  'Provenance',
  'Financement',
  'Code STS',
  'Taux',
  'Nombre d’IMP',
  'Montant annuel (€)',
  'Versement mensuel (€)',
] as const;

/** « 3 », « hors taux usuel », or « à fixer » for a line still unset. */
export function csvTaux(line: Pick<SummaryLine, 'count' | 'taux'>): string {
  if (line.count === null) return 'à fixer';
  return line.taux === null ? 'hors taux usuel' : String(line.taux);
}

/** The cells of one IMP line of a letter; the figures are empty while the line is unset. */
function lineCells(row: SummaryRow, line: SummaryLine): string[] {
  return [
    row.year,
    csvText(row.nom),
    csvText(row.prenom),
    csvText(row.mission),
    csvText(line.heading),
    csvText(line.mission),
    csvText(line.provenance),
    line.funder === 'rectorat' ? 'Rectorat' : 'Établissement',
    csvText(row.stsCode),
    csvTaux(line),
    line.count === null ? '' : csvQuarters(toQuarters(line.count)),
    line.pay ? csvCents(line.pay.annualCents) : '',
    line.pay ? csvCents(line.pay.monthlyCents) : '',
  ];
}

/**
 * The summary as a CSV for the gestionnaire (STS-web) and spreadsheets: a header, then one row
 * per IMP line of each letter, in the rows' order. A letter without an IMP block has no line.
 */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const body = rows.flatMap((row) => row.lines.map((line) => lineCells(row, line)));
  return csvFile([[...CSV_COLUMNS], ...body]);
}

/** « recapitulatif-imp-2025-2026.csv ». */
export const summaryFileName = (year: string, extension: 'csv' | 'pdf'): string =>
  `recapitulatif-imp-${year || 'sans-annee'}.${extension}`;
