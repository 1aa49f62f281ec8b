/**
 * A list of people pasted or imported into « Mon équipe », read by the same reader as
 * « Plusieurs personnes » (`bulk/csv.ts`, the header words of `bulk/columns.ts`, the cells
 * checked by `bulk/person.ts`): civilité; nom; prénom; fonction ou discipline; e-mail, or the
 * order a French header row gives. Pure: the page previews what it returns before adding.
 */
import { readCsv } from '../bulk/csv';
import { columnOfHeader } from '../bulk/columns';
import { cleanCell, isCivilite, readPerson } from '../bulk/person';
import { LIST_LIMITS, TEXT_LIMITS } from '../schemas/limits';
import { TEAM_MAX_PEOPLE, type TeamPerson } from '../schemas/team';
import { checkEmail } from '../validation/email';
import { foldCompact } from '../text/fold';
import { formatNumber } from '../format/money';

/** A person read from the list, without an id yet (given when added). */
export type NewPerson = Omit<TeamPerson, 'id'>;

/** The columns of a team list, in the order read without a header row. */
const TEAM_COLUMNS = ['civilite', 'nom', 'prenom', 'fonction', 'email'] as const;
type TeamColumn = (typeof TEAM_COLUMNS)[number];

/** The words a header cell may use for the e-mail, compared folded (`foldCompact`). */
const EMAIL_WORDS = new Set(
  ['e-mail', 'email', 'mail', 'courriel', 'mel', 'adresse électronique', 'adresse mail'].map(
    foldCompact,
  ),
);

/** The column a header cell names, or null: the bulk list's words, and the e-mail's. */
function teamColumnOf(cell: string): TeamColumn | null {
  if (EMAIL_WORDS.has(foldCompact(cell))) return 'email';
  const column = columnOfHeader(cell, []);
  if (column?.kind !== 'person') return null;
  return (TEAM_COLUMNS as readonly string[]).includes(column.column)
    ? (column.column as TeamColumn)
    : null;
}

/**
 * The first row's columns when it is a header, or null when it is a person: a header holds no
 * civilité and names two columns or more (as « Plusieurs personnes » tells them).
 */
function headerOf(cells: readonly string[]): (TeamColumn | null)[] | null {
  if (cells.some(isCivilite)) return null;
  const columns = cells.map(teamColumnOf);
  return columns.filter((column) => column !== null).length >= 2 ? columns : null;
}

/** One row of the list as the preview shows it. */
export type TeamListRow =
  | { line: number; kind: 'new'; person: NewPerson }
  | { line: number; kind: 'duplicate'; person: NewPerson }
  | { line: number; kind: 'error'; error: string };

/** A list read against the team: its rows, and why it was refused whole (absent: read). */
export interface TeamListReading {
  rows: TeamListRow[];
  /** The people to add (the new rows), in order. */
  fresh: NewPerson[];
  /** Why nothing can be added, in French: the list is too long, or the team would overflow. */
  refused?: string;
}

/** The key two people share when they are the same: nom and prénom, case and accents aside. */
export const personKey = (person: Pick<TeamPerson, 'nom' | 'prenom'>): string =>
  `${foldCompact(person.nom)}|${foldCompact(person.prenom)}`;

/** The French sentence of a bad row: its line number, then what is wrong with it. */
function rowError(line: number, problems: readonly string[]): string {
  const text = problems.join('\u202f; ');
  return `Ligne ${line}\u00a0: ${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The row read as a person, or its problems. */
function readRow(
  cells: readonly string[],
  columns: readonly (TeamColumn | null)[],
): { person: NewPerson } | { problems: string[] } {
  const byColumn: Partial<Record<TeamColumn, string>> = {};
  columns.forEach((column, index) => {
    if (column) byColumn[column] = cells[index] ?? '';
  });
  const reading = readPerson(byColumn, []);
  const problems = reading.ok ? [] : [...reading.problems];
  const email = cleanCell(byColumn.email ?? '');
  if (email.length > TEXT_LIMITS.email)
    problems.push(`l’adresse électronique dépasse ${TEXT_LIMITS.email} caractères`);
  else if (email !== '' && (/[\s,;]/.test(email) || checkEmail(email) !== null))
    problems.push(`l’adresse électronique «\u00a0${email}\u00a0» n’est pas valide`);
  const width = columns.length;
  const filled = cells.findLastIndex((cell) => cell.trim() !== '') + 1;
  if (filled > width) problems.push(`${filled} colonnes au lieu de ${width} au plus`);
  if (!reading.ok || problems.length > 0) return { problems };
  const { civilite, nom, prenom, fonction } = reading.person;
  return { person: { civilite, nom, prenom, fonction, email, gone: false } };
}

/**
 * Reads a pasted or imported list against the people already in the team (`here`): each good
 * row is new, or a duplicate (same nom and prénom as someone here or on an earlier row: not
 * added twice); a bad row gets one French error and never stops the others. A list over
 * `LIST_LIMITS`, or one that would take the team past `TEAM_MAX_PEOPLE`, is refused whole.
 */
export function readTeamList(text: string, here: readonly TeamPerson[]): TeamListReading {
  if (text.length > LIST_LIMITS.bytes)
    return {
      rows: [],
      fresh: [],
      refused: `La liste n’a pas été lue\u00a0: elle dépasse ${formatNumber(LIST_LIMITS.bytes / 1024 / 1024)}\u00a0Mo.`,
    };
  const { rows } = readCsv(text);
  const first = rows[0];
  const header = first ? headerOf(first.cells) : null;
  const body = header ? rows.slice(1) : rows;
  const columns = header ?? TEAM_COLUMNS;
  const seen = new Set(here.map(personKey));
  const read: TeamListRow[] = body.map(({ line, cells }) => {
    const row = readRow(cells, columns);
    if ('problems' in row) return { line, kind: 'error', error: rowError(line, row.problems) };
    const key = personKey(row.person);
    if (seen.has(key)) return { line, kind: 'duplicate', person: row.person };
    seen.add(key);
    return { line, kind: 'new', person: row.person };
  });
  const fresh = read.flatMap((row) => (row.kind === 'new' ? [row.person] : []));
  const room = TEAM_MAX_PEOPLE - here.length;
  if (fresh.length > room)
    return {
      rows: read,
      fresh: [],
      refused:
        `«\u00a0Mon équipe\u00a0» compte ${formatNumber(TEAM_MAX_PEOPLE)} personnes au plus\u00a0: ` +
        `elle en compte ${formatNumber(here.length)}, la liste en ajouterait ` +
        `${formatNumber(fresh.length)}. Retirez d’abord les personnes qui ont quitté ` +
        'l’établissement, ou coupez la liste.',
    };
  return { rows: read, fresh };
}
