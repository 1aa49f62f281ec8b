import { formatNumber } from '../format/money';
import { LIST_LIMITS } from '../schemas/limits';

/** « 2 Mo et 10 000 lignes au plus »: the limits as the page states them beside the list. */
export const listLimitsText = `${formatNumber(LIST_LIMITS.bytes / 1024 / 1024)}\u00a0Mo et ${formatNumber(LIST_LIMITS.rows)} lignes au plus`;

/** What to do with a list over a limit: it is cut, and each part given in turn. */
const split =
  'Coupez-la en plusieurs listes et créez leurs lettres l’une après l’autre (les lettres déjà créées restent dans «\u00a0Mes lettres\u00a0»).';

/** A size in Mo, with one decimal: « 20,3 Mo ». */
const mo = (bytes: number) =>
  `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)}\u00a0Mo`;

/** Whether a file of `bytes` bytes may be read: checked on `file.size`, before reading it. */
export const fileFits = (bytes: number): boolean => bytes <= LIST_LIMITS.bytes;

/** Why the file `name` of `bytes` bytes was not read, and what to do. */
export function fileTooLarge(name: string, bytes: number): string {
  return (
    `Le fichier «\u00a0${name}\u00a0» n’a pas été lu\u00a0: il pèse ${mo(bytes)}, une liste ` +
    `pèse ${mo(LIST_LIMITS.bytes)} au plus. ${split}`
  );
}

/** Why a pasted list of `characters` characters was not read, and what to do. */
export function textTooLong(characters: number): string {
  return (
    `La liste n’a pas été lue\u00a0: elle compte ${formatNumber(characters)} caractères, soit plus ` +
    `de ${mo(LIST_LIMITS.bytes)}. ${split}`
  );
}

/** Why a list of `rows` people was not read, and what to do. */
export function tooManyRows(rows: number): string {
  return (
    `La liste n’a pas été lue\u00a0: elle compte ${formatNumber(rows)} lignes, une liste en ` +
    `compte ${formatNumber(LIST_LIMITS.rows)} au plus. ${split}`
  );
}

/** The most rows the preview shows of a list (and of its lines to correct): see `PeoplePreview`. */
export const PREVIEW_ROWS = 100;
