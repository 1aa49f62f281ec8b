/**
 * The columns of a list of people and the French header row that may name them. Without a
 * header the columns come in the documented order; with one, in the header's order.
 */

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

/** A header cell made comparable: no accent, no case, no punctuation, single spaces. */
function headerKey(cell: string): string {
  return cell
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words a header cell may use for each column (compared by `headerKey`). */
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

function columnOfHeader(cell: string): Column | null {
  const key = headerKey(cell);
  return COLUMNS.find((column) => HEADER_WORDS[column].includes(key)) ?? null;
}

/**
 * The columns a header row names, in its order, or null when the row is not a header: every
 * filled cell must name a column, each column at most once, and the name column must be there.
 */
export function readHeader(cells: readonly string[]): (Column | null)[] | null {
  const columns = cells.map((cell) => (cell.trim() === '' ? null : columnOfHeader(cell)));
  const named = columns.filter((column): column is Column => column !== null);
  const filled = cells.filter((cell) => cell.trim() !== '').length;
  if (named.length !== filled || !named.includes('nom')) return null;
  return new Set(named).size === named.length ? columns : null;
}
