import type { Letter } from '../schemas/letter';
import { personName } from '../document/roles';

/** Case, accents and runs of spaces (no-break ones included) do not make another person. */
const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * What makes two letters of different years « the same letter » for the rollover: the same
 * model (`typeId`) for the same person (first and last name, folded). A copy keeps both, and
 * the head rarely changes them, while dates, years and texts are what a copy is made to change.
 * A letter with no name yet is told apart by its title too, so that two unnamed drafts of one
 * model (say, « Mission de tutorat » and « Mission de tutorat – 2de ») are not taken for one.
 *
 * Two letters of one model for one person in the same year share an identity: once either
 * has a copy in the next year, both count as copied (the summary names the copy found, so the
 * head can duplicate the other one by hand).
 */
export function rolloverIdentity(letter: Letter): string {
  const person = fold(personName(letter));
  const extra = person === '' ? `\u0000${fold(letter.title)}` : '';
  return `${letter.typeId}\u0000${person}${extra}`;
}
