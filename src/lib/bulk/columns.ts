/**
 * The columns of a list of people and the French header row that may name them. Without a
 * header the columns come in the documented order; with one, in the header's order, and the
 * header may also name any other field of the chosen model, so that each person gets their own
 * value of it (their discipline, a date…).
 */
import type { Field, FieldRole } from '../schemas/field';
import type { LetterType } from '../schemas/letter-type';
import { foldCompact } from '../text/fold';

/** What each column holds, in the documented order: civilité; nom; prénom; fonction; taux; nombre. */
export const COLUMNS = ['civilite', 'nom', 'prenom', 'fonction', 'taux', 'nombre'] as const;

export type Column = (typeof COLUMNS)[number];

/** How a column is named in the messages. */
export const COLUMN_LABELS: Record<Column, string> = {
  civilite: 'la civilité',
  nom: 'le nom',
  prenom: 'le prénom',
  fonction: 'la fonction',
  taux: 'le taux',
  nombre: 'le nombre d’IMP',
};

/** How a column is named in a header row: the first word each column accepts. */
export const COLUMN_HEADERS: Record<Column, string> = {
  civilite: 'Civilité',
  nom: 'Nom',
  prenom: 'Prénom',
  fonction: 'Fonction',
  taux: 'Taux',
  nombre: 'Nombre d’IMP',
};

/** The field roles a row of the list fills, and their column: the other fields are shared. */
const ROLE_COLUMNS: Partial<Record<FieldRole, Column>> = {
  civilite: 'civilite',
  nom: 'nom',
  prenom: 'prenom',
  fonction: 'fonction',
};

/** The roles a row of the list fills; every other field of the model is shared by the letters. */
export const PERSON_ROLES = Object.keys(ROLE_COLUMNS) as readonly FieldRole[];

/** The model's fields the people share (school year, discipline, dates…), in the model's order. */
export function sharedFields(model: Pick<LetterType, 'fields'>): Field[] {
  return model.fields.filter((field) => !field.role || !PERSON_ROLES.includes(field.role));
}

/** The words a header cell may use for each column, compared folded (`foldCompact`). */
const HEADER_WORDS: Record<Column, readonly string[]> = {
  civilite: ['civilite', 'civ', 'titre', 'madame monsieur', 'mme m'],
  nom: ['nom', 'nom de famille', 'nom d usage'],
  prenom: ['prenom'],
  fonction: [
    'fonction',
    'discipline',
    'fonction ou discipline',
    'fonction discipline',
    'discipline ou fonction',
    'poste',
  ],
  taux: ['taux', 'taux imp', 'taux d imp', 'taux de l imp'],
  nombre: ['nombre', 'nombre d imp', 'nombre imp', 'nb imp', 'nb', 'imp', 'nombre de l imp'],
};

const FOLDED_WORDS = COLUMNS.map((column) => ({
  column,
  words: new Set(HEADER_WORDS[column].map(foldCompact)),
}));

/** What a header cell names: one of the person's columns, or another field of the model. */
export type ListColumn = { kind: 'person'; column: Column } | { kind: 'field'; field: Field };

/**
 * The column a header cell names, or null. A field of the model named by its label or its id
 * comes first, so that « Discipline » is the discipline of a model that has one (and the
 * function, as the word always meant, in a model that has none); a field the row fills (the
 * civilité, « Nom du coordonnateur »…) is that person's column. Case, accents, spaces and
 * punctuation do not count.
 */
export function columnOfHeader(cell: string, fields: readonly Field[]): ListColumn | null {
  const key = foldCompact(cell);
  if (key === '') return null;
  const field = fields.find(
    (item) => foldCompact(item.label) === key || foldCompact(item.id) === key,
  );
  const role = field?.role ? ROLE_COLUMNS[field.role] : undefined;
  if (role) return { kind: 'person', column: role };
  if (field) return { kind: 'field', field };
  const column = FOLDED_WORDS.find((item) => item.words.has(key))?.column;
  return column ? { kind: 'person', column } : null;
}

/** Whether two columns are the same one (a header naming it twice). */
function sameColumn(a: ListColumn, b: ListColumn): boolean {
  if (a.kind === 'person') return b.kind === 'person' && a.column === b.column;
  return b.kind === 'field' && a.field.id === b.field.id;
}

/** A header row read: the column of each cell (null: blank or unknown), and who is who. */
export interface HeaderCells {
  columns: (ListColumn | null)[];
  /** The filled cells that name no column, as typed. */
  unknown: string[];
  /** Pairs of cells naming the same column, as typed. */
  twice: [string, string][];
  /** How many filled cells name a column. */
  named: number;
}

/** The columns a header row names, in its order, with the cells that name none or the same. */
export function readHeaderCells(cells: readonly string[], fields: readonly Field[]): HeaderCells {
  const columns = cells.map((cell) => columnOfHeader(cell, fields));
  const unknown = cells.filter((cell, index) => cell.trim() !== '' && columns[index] === null);
  const twice: [string, string][] = [];
  columns.forEach((column, index) => {
    const earlier = column ? columns.findIndex((other) => other && sameColumn(other, column)) : -1;
    if (column && earlier < index) twice.push([cells[earlier] ?? '', cells[index] ?? '']);
  });
  const named = columns.filter((column) => column !== null).length;
  return { columns, unknown: unknown.map((cell) => cell.trim()), twice, named };
}

/**
 * The header row a model's list may use, in order: the person's columns the model fills (the
 * taux and number only with an IMP table), then every other field by its label, or by its id
 * when the label would be read as another column. Read back, each names its own column.
 */
export function modelHeader(model: Pick<LetterType, 'fields' | 'imp'>): string[] {
  const { fields } = model;
  const roles = new Set(fields.map((field) => field.role));
  const person = COLUMNS.filter((column) =>
    column === 'fonction'
      ? roles.has('fonction')
      : column === 'taux' || column === 'nombre'
        ? Boolean(model.imp)
        : true,
  ).map((column): [ListColumn, string[]] => [
    { kind: 'person', column },
    [COLUMN_HEADERS[column], fields.find((field) => field.role === column)?.label ?? column],
  ]);
  const shared = sharedFields(model).map((field): [ListColumn, string[]] => [
    { kind: 'field', field },
    [field.label, field.id],
  ]);
  return [...person, ...shared].map(([target, names]) => {
    const readBack = names.find((name) => {
      const column = columnOfHeader(name, fields);
      return column !== null && sameColumn(column, target);
    });
    return readBack ?? names[names.length - 1] ?? '';
  });
}
