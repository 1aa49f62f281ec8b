import type { ImpRate } from '../schemas/imp-rate';
import type { LetterType } from '../schemas/letter-type';
import {
  COLUMN_HEADERS,
  COLUMNS,
  modelHeader,
  readHeaderCells,
  sharedFields,
  type Column,
  type HeaderCells,
  type ListColumn,
} from './columns';
import { readCsv, type Separator } from './csv';
import { isCivilite, readFieldCell, readPerson, type Person } from './person';
import { LIST_LIMITS } from '../schemas/limits';
import { textTooLong, tooManyRows } from './list-limits';

/** One row of the list as the preview shows it: a person, or its one French error. */
export type ListRow =
  | { line: number; ok: true; person: Person }
  | { line: number; ok: false; cells: string[]; error: string };

/** A column of the list giving each person their own value of one of the model's fields. */
export interface FieldColumn {
  /** The field's id. */
  id: string;
  /** The field's label, as its control shows it. */
  label: string;
  /** The column's name, as the list's header writes it. */
  header: string;
}

/**
 * A list read: its rows in order, whether a header row named the columns, the separator, and
 * the model's fields the list gives for each person, in the header's order.
 */
export interface ListReading {
  rows: ListRow[];
  header: boolean;
  separator: Separator;
  fieldColumns: FieldColumn[];
  /**
   * Why the list was not read at all, in French: it is over `LIST_LIMITS` (its rows are then
   * empty). Absent on a list read.
   */
  refused?: string;
}

/** What a list is read against: the chosen model's fields and IMP table. */
export type ListModel = Pick<LetterType, 'fields' | 'imp'>;

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
function extraCells(
  cells: readonly string[],
  width: number,
  separator: Separator,
  headerHint: string,
): string | null {
  const filled = cells.findLastIndex((cell) => cell.trim() !== '') + 1;
  if (filled <= width) return null;
  const hint =
    separator === ','
      ? ' (avec la virgule pour séparateur, mettez «\u00a01,5\u00a0» entre guillemets ou séparez les colonnes par «\u00a0;\u00a0»)'
      : headerHint;
  return `${filled} colonnes au lieu de ${width} au plus${hint}`;
}

const q = (text: string) => `«\u00a0${text}\u00a0»`;

/** « « A » », « « A » et « B » », « « A », « B » et « C » ». */
function quotedList(items: readonly string[]): string {
  const quoted = items.map(q);
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} et ${quoted[quoted.length - 1] ?? ''}`;
}

/**
 * Without a header, why a 7th column is refused and how to give it: a column is named by a
 * header row, here with an example taken from the model's other fields.
 */
function noHeaderHint(model: ListModel | null): string {
  const example = model ? sharedFields(model)[0] : undefined;
  if (!example) return '';
  return (
    ' (sans ligne d’en-tête, les colonnes sont\u00a0: civilité, nom, prénom, fonction, taux, ' +
    'nombre d’IMP\u202f; pour donner à chacun un autre champ du modèle, nommez les colonnes sur ' +
    `une première ligne, par exemple ${q(example.label)})`
  );
}

/**
 * The first row as a header, or null when it is a person: a header holds no civilité and names
 * columns, all of its cells or at least two of them (so a misspelt column is reported, not read
 * as a person named « Matière »).
 */
function headerOf(cells: readonly string[], model: ListModel | null): HeaderCells | null {
  if (cells.some(isCivilite)) return null;
  const header = readHeaderCells(cells, model?.fields ?? []);
  const filled = cells.filter((cell) => cell.trim() !== '').length;
  if (header.named === 0) return null;
  return header.named === filled || header.named >= 2 ? header : null;
}

/**
 * What is wrong with a header row, as a French error for its line, or null: a column this
 * model does not have (the error lists those it accepts), or one named twice.
 */
function headerError(line: number, header: HeaderCells, model: ListModel | null): string | null {
  const problems: string[] = [];
  if (header.unknown.length > 0) {
    const accepted = (
      model ? modelHeader(model) : COLUMNS.map((column) => COLUMN_HEADERS[column])
    ).join(', ');
    problems.push(
      header.unknown.length === 1
        ? `la colonne ${quotedList(header.unknown)} n’est pas un champ de ce modèle`
        : `les colonnes ${quotedList(header.unknown)} ne sont pas des champs de ce modèle`,
      `colonnes possibles\u00a0: ${accepted}`,
    );
  }
  for (const [first, second] of header.twice)
    problems.push(
      first.trim() === second.trim()
        ? `la colonne ${q(first.trim())} est donnée deux fois`
        : `les colonnes ${q(first.trim())} et ${q(second.trim())} désignent le même champ`,
    );
  if (problems.length === 0) return null;
  return rowError(line, [...problems, 'les personnes seront lues une fois l’en-tête corrigé']);
}

/** A row's cells by the person's columns, and the cells of the model's other fields. */
function splitRow(cells: readonly string[], columns: readonly (ListColumn | null)[]) {
  const byColumn: Partial<Record<Column, string>> = {};
  const byField: { index: number; column: Extract<ListColumn, { kind: 'field' }> }[] = [];
  columns.forEach((column, index) => {
    if (column?.kind === 'person') byColumn[column.column] = cells[index] ?? '';
    else if (column) byField.push({ index, column });
  });
  return { byColumn, byField };
}

/**
 * Reads a pasted or imported list of people, one per line: civilité; nom; prénom; fonction ou
 * discipline; taux; nombre d’IMP (or the order of a French header row, if the first row is
 * one). With the chosen `model`, the header may also name any of its other fields (by label or
 * id): each person's cell then replaces the shared value for them, checked as the editor checks
 * the field. Separator `;`, or a tab or a comma when the list uses it throughout. Every row is
 * read on its own: a bad row gets one French error naming its line and what is wrong, and never
 * stops the good ones; a bad header stops them all, since it says what every cell means.
 * A list over `LIST_LIMITS` is refused whole (`refused`): longer than its size, before it is
 * cut into rows; with too many rows, before any person is read.
 */
export function parseList(
  text: string,
  rates: readonly ImpRate[],
  model: ListModel | null = null,
): ListReading {
  if (text.length > LIST_LIMITS.bytes)
    return {
      header: false,
      separator: ';',
      fieldColumns: [],
      rows: [],
      refused: textTooLong(text.length),
    };
  const { rows, separator } = readCsv(text);
  const first = rows[0];
  const named = first ? headerOf(first.cells, model) : null;
  const wrong = first && named ? headerError(first.line, named, model) : null;
  if (first && wrong)
    return {
      header: true,
      separator,
      fieldColumns: [],
      rows: [{ line: first.line, ok: false, cells: first.cells, error: wrong }],
    };
  const columns: readonly (ListColumn | null)[] =
    named?.columns ?? COLUMNS.map((column) => ({ kind: 'person', column }));
  const body = named ? rows.slice(1) : rows;
  if (body.length > LIST_LIMITS.rows)
    return {
      header: named !== null,
      separator,
      fieldColumns: [],
      rows: [],
      refused: tooManyRows(body.length),
    };
  const width = columns.length;
  const headerHint = named ? '' : noHeaderHint(model);
  const fieldColumns = columns.flatMap((column, index) =>
    column?.kind === 'field'
      ? [
          {
            id: column.field.id,
            label: column.field.label,
            header: (first?.cells[index] ?? '').trim(),
          },
        ]
      : [],
  );
  return {
    header: named !== null,
    separator,
    fieldColumns,
    rows: body.map(({ line, cells }): ListRow => {
      const { byColumn, byField } = splitRow(cells, columns);
      const reading = readPerson(byColumn, rates);
      const extra = extraCells(cells, width, separator, headerHint);
      const problems = [...(extra ? [extra] : []), ...(reading.ok ? [] : reading.problems)];
      const values: Record<string, string> = {};
      for (const { index, column } of byField) {
        const cell = readFieldCell(column.field, first?.cells[index] ?? '', cells[index] ?? '');
        if (!cell.ok) problems.push(cell.problem);
        else if (cell.value !== '') values[column.field.id] = cell.value;
      }
      if (reading.ok && problems.length === 0) {
        const person = byField.length > 0 ? { ...reading.person, values } : reading.person;
        return { line, ok: true, person };
      }
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
