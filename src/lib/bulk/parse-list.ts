import type { ImpRate } from '../schemas/imp-rate';
import { COLUMNS, readHeader, type Column } from './columns';
import { readCsv, type Separator } from './csv';
import { readPerson, type Person } from './person';

/** One row of the list as the preview shows it: a person, or its one French error. */
export type ListRow =
  | { line: number; ok: true; person: Person }
  | { line: number; ok: false; cells: string[]; error: string };

/** A list read: its rows in order, whether a header row named the columns, the separator. */
export interface ListReading {
  rows: ListRow[];
  header: boolean;
  separator: Separator;
}

const SEPARATOR_NAMES: Record<Separator, string> = {
  ';': 'point-virgule',
  '\t': 'tabulation',
  ',': 'virgule',
};

/** The French sentence for a bad row: its line number, then everything wrong with it. */
function rowError(line: number, problems: readonly string[]): string {
  const text = problems.join('\u202f; ');
  return `Ligne ${line}\u00a0: ${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The problem of a row with more filled cells than there are columns, or null. */
function extraCells(cells: readonly string[], width: number, separator: Separator): string | null {
  const filled = cells.findLastIndex((cell) => cell.trim() !== '') + 1;
  if (filled <= width) return null;
  const hint =
    separator === ','
      ? ' (avec la virgule pour séparateur, mettez «\u00a01,5\u00a0» entre guillemets ou séparez les colonnes par «\u00a0;\u00a0»)'
      : '';
  return `${filled} colonnes au lieu de ${width} au plus${hint}`;
}

/**
 * Reads a pasted or imported list of people, one per line: civilité; nom; prénom; fonction ou
 * discipline; taux; nombre d’IMP (or the order of a French header row, if the first row is
 * one). Separator `;`, or a tab or a comma when the list uses it throughout. Every row is read
 * on its own: a bad row gets one French error naming its line and what is wrong, and never
 * stops the good ones.
 */
export function parseList(text: string, rates: readonly ImpRate[]): ListReading {
  const { rows, separator } = readCsv(text);
  const first = rows[0];
  const named = first ? readHeader(first.cells) : null;
  const columns: readonly (Column | null)[] = named ?? COLUMNS;
  const body = named ? rows.slice(1) : rows;
  const width = named ? named.length : COLUMNS.length;
  return {
    header: named !== null,
    separator,
    rows: body.map(({ line, cells }): ListRow => {
      const byColumn: Partial<Record<Column, string>> = {};
      columns.forEach((column, index) => {
        if (column) byColumn[column] = cells[index] ?? '';
      });
      const reading = readPerson(byColumn, rates);
      const extra = extraCells(cells, width, separator);
      const problems = [...(extra ? [extra] : []), ...(reading.ok ? [] : reading.problems)];
      if (reading.ok && problems.length === 0) return { line, ok: true, person: reading.person };
      return { line, ok: false, cells, error: rowError(line, problems) };
    }),
  };
}

/** The separator's French name, for the preview (« point-virgule »). */
export function separatorName(separator: Separator): string {
  return SEPARATOR_NAMES[separator];
}

/** The people of the good rows, in order. */
export function goodPeople(reading: ListReading): { line: number; person: Person }[] {
  return reading.rows.flatMap((row) => (row.ok ? [{ line: row.line, person: row.person }] : []));
}
