import { rateForCount, rateOf } from '../imp';
import { formatNumber } from '../format/money';
import type { ImpRate } from '../schemas/imp-rate';
import { TEXT_LIMITS } from '../schemas/limits';
import { cleanInvisible } from '../text/clean-invisible';
import { isQuarter, MAX_IMP_COUNT, parseImpCount } from '../validation/imp-count';
import { validateField } from '../validation/fields';
import { blankLimit } from '../schemas/limits';
import type { Field } from '../schemas/field';
import { fold } from '../text/fold';
import { COLUMN_LABELS, type Column } from './columns';

/** One person of the list, checked: what their letter needs. */
export interface Person {
  /** « Madame » or « Monsieur », as the models' civilité field offers them. */
  civilite: 'Madame' | 'Monsieur';
  nom: string;
  prenom: string;
  /** Function or discipline (« professeure de mathématiques »); may be empty. */
  fonction: string;
  /** The number of IMP and the taux it is the share of (null: « hors taux usuel »); null when neither is given. */
  imp: { count: number; taux: number | null } | null;
  /**
   * The person's own values of the model's other fields (by field id), when the list has their
   * columns: only the filled cells, so an empty one leaves the shared value. Absent when the
   * list has no such column.
   */
  values?: Record<string, string>;
  /** The person of « Mon équipe » the row was chosen from (`linkTeam`): their letter links to them. */
  teamPersonId?: string;
}

/** A row read as a person, or what is wrong with it (French phrases, without the line number). */
export type PersonReading = { ok: true; person: Person } | { ok: false; problems: string[] };

const q = (text: string) => `«\u00a0${text}\u00a0»`;

/** A cell as typed, without invisible characters, with single spaces, in composed Unicode. */
export function cleanCell(cell: string): string {
  return cleanInvisible(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** « Mme », « Madame », « M. », « Monsieur » and their usual variants, by a comparable key. */
const CIVILITES: Record<string, Person['civilite']> = {
  mme: 'Madame',
  madame: 'Madame',
  // « Mademoiselle » left administrative forms in 2012 (circulaire du 21 février 2012).
  mlle: 'Madame',
  mademoiselle: 'Madame',
  m: 'Monsieur',
  mr: 'Monsieur',
  monsieur: 'Monsieur',
};

/** The civilité a cell reads as (« M. » is « Monsieur »), or undefined. */
function civiliteOf(cell: string): Person['civilite'] | undefined {
  return CIVILITES[cell.toLowerCase().replace(/[.\s]/g, '')];
}

/** Whether a cell holds a civilité: a row holding one is a person, never a header row. */
export function isCivilite(cell: string): boolean {
  return civiliteOf(cleanCell(cell)) !== undefined;
}

function readCivilite(cell: string, problems: string[]): Person['civilite'] {
  const civilite = civiliteOf(cell);
  if (civilite) return civilite;
  problems.push(
    cell === ''
      ? 'la civilité manque (Mme ou M.)'
      : `la civilité ${q(cell)} n’est pas reconnue (Mme ou M.)`,
  );
  return 'Madame';
}

function readName(column: 'nom' | 'prenom', cell: string, problems: string[]): string {
  if (cell === '') problems.push(`${COLUMN_LABELS[column]} manque`);
  else if (cell.length > TEXT_LIMITS.name)
    problems.push(`${COLUMN_LABELS[column]} dépasse ${TEXT_LIMITS.name} caractères`);
  return cell;
}

function readTaux(cell: string, problems: string[]): number | null {
  if (cell === '') return null;
  const taux = /^\d+$/.test(cell) ? Number(cell) : NaN;
  if (taux >= 1 && taux <= 5) return taux;
  problems.push(`le taux ${q(cell)} n’existe pas (de 1 à 5)`);
  return null;
}

function readCount(cell: string, problems: string[]): number | null {
  if (cell === '') return null;
  const count = parseImpCount(cell);
  const problem =
    count === null
      ? `le nombre d’IMP ${q(cell)} n’est pas un nombre (par exemple 1 ou 0,5)`
      : count <= 0
        ? `le nombre d’IMP ${q(cell)} doit être positif`
        : !isQuarter(count)
          ? `le nombre d’IMP ${q(cell)} va par quarts (0,25\u202f; 0,5\u202f; 0,75\u202f; 1…)`
          : count > MAX_IMP_COUNT
            ? `le nombre d’IMP ${q(cell)} dépasse ${MAX_IMP_COUNT}`
            : null;
  if (problem === null) return count;
  problems.push(problem);
  return null;
}

/**
 * The IMP of a row: the number is the truth, as in the editor, and the taux names it. A taux
 * alone gives its share (taux 2: 0,5 IMP); a number alone takes the taux whose share it is, if
 * any; both must agree.
 */
function readImp(
  tauxCell: string,
  countCell: string,
  rates: readonly ImpRate[],
  problems: string[],
): Person['imp'] {
  const taux = readTaux(tauxCell, problems);
  const count = readCount(countCell, problems);
  const rate = taux === null ? undefined : rateOf(taux, rates);
  if (count === null) return rate ? { count: rate.share, taux: rate.taux } : null;
  if (rate && rateForCount(count, rates)?.taux !== rate.taux) {
    problems.push(
      `le taux ${rate.taux} vaut ${formatNumber(rate.share)} IMP, pas ${formatNumber(count)}`,
    );
    return null;
  }
  return { count: Math.round(count * 4) / 4, taux: rateForCount(count, rates)?.taux ?? null };
}

/** Reads one row whose cells are given by column (absent columns read as empty). */
export function readPerson(
  cells: Partial<Record<Column, string>>,
  rates: readonly ImpRate[],
): PersonReading {
  const cell = (column: Column) => cleanCell(cells[column] ?? '');
  const problems: string[] = [];
  const civilite = readCivilite(cell('civilite'), problems);
  const nom = readName('nom', cell('nom'), problems);
  const prenom = readName('prenom', cell('prenom'), problems);
  const fonction = cell('fonction');
  if (fonction.length > TEXT_LIMITS.line)
    problems.push(`${COLUMN_LABELS.fonction} dépasse ${TEXT_LIMITS.line} caractères`);
  const imp = readImp(cell('taux'), cell('nombre'), rates, problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, person: { civilite, nom, prenom, fonction, imp } };
}

/** « 25/06/2026 », as a spreadsheet shows a date, written as the date fields keep it. */
function isoOfFrenchDate(value: string): string {
  const match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (!match) return value;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * A cell's value as its field keeps it: a date of a spreadsheet in yyyy-mm-dd, a choice spelt
 * as its option (« madame » is « Madame »), a yes/no in lower case; line breaks kept in a long
 * text only.
 */
function fieldValue(field: Field, cell: string): string {
  const text =
    field.type === 'longText'
      ? cleanInvisible(cell)
          .normalize('NFC')
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .join('\n')
          .trim()
      : cleanCell(cell);
  if (field.type === 'date') return isoOfFrenchDate(text);
  if (field.type === 'choice')
    return field.options?.find((option) => fold(option) === fold(text)) ?? text;
  if (field.type === 'yesNo') return text.toLowerCase();
  return text;
}

/** What a date column takes, said after its error. */
const DATE_FORMAT = ' (jj/mm/aaaa, par exemple 25/06/2026)';

/**
 * A cell of the column of one of the model's other fields (`header` as the list names it): the
 * value for this person, empty when the cell is (the shared value then stands), or why it cannot
 * be: the editor's own check of the field (`validateField`), and its length limit.
 */
export function readFieldCell(
  field: Field,
  header: string,
  cell: string,
): { ok: true; value: string } | { ok: false; problem: string } {
  const value = fieldValue(field, cell);
  if (value === '') return { ok: true, value };
  const column = `colonne ${q(header.trim())}`;
  const limit = blankLimit(field.type);
  if (value.length > limit)
    return { ok: false, problem: `${column}\u00a0: le texte dépasse ${limit} caractères` };
  const problem = validateField(field, value);
  if (problem?.level !== 'error') return { ok: true, value };
  const message = problem.message.replace(/\.$/, '');
  const why = `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
  const format = field.type === 'date' ? DATE_FORMAT : '';
  return { ok: false, problem: `${column}, ${q(cleanCell(cell))}\u00a0: ${why}${format}` };
}
