import type { TeamPerson } from '../schemas/team';
import { csvField, SEPARATOR } from '../summary/csv';
import { fold } from '../text/fold';
import { COLUMN_HEADERS } from './columns';
import type { Person } from './person';

/**
 * The people chosen in « Mon équipe » as the list « Plusieurs personnes » reads: a header row
 * (Civilité, Nom, Prénom, Fonction), then one row each. They become the list's rows, with the
 * same preview, checks and creation as a pasted list; the head may still add each one's IMP.
 */
export function teamListText(people: readonly TeamPerson[]): string {
  const header = [COLUMN_HEADERS.civilite, COLUMN_HEADERS.nom, COLUMN_HEADERS.prenom];
  const rows = [
    [...header, COLUMN_HEADERS.fonction],
    ...people.map((person) => [person.civilite, person.nom, person.prenom, person.fonction]),
  ];
  return rows.map((row) => row.map(csvField).join(SEPARATOR)).join('\n');
}

/** Who a row names: civilité, nom and prénom compared as the searches compare them. */
const who = (person: Pick<Person, 'civilite' | 'nom' | 'prenom'>) =>
  fold(`${person.civilite}\u0000${person.nom}\u0000${person.prenom}`);

/**
 * The list's people, each linked to the person of `chosen` they name (`teamPersonId`), so that
 * their letter links to their row of « Mon équipe ». The fonction or the IMP may have been
 * edited in the list since: only the civilité and the name count. Two chosen people with the
 * same name are not told apart: neither is linked rather than the wrong one.
 */
export function linkTeam<T extends { person: Person }>(
  rows: readonly T[],
  chosen: readonly TeamPerson[],
): T[] {
  if (chosen.length === 0) return [...rows];
  const byName = new Map<string, string | null>();
  for (const person of chosen) {
    const key = who(person);
    byName.set(key, byName.has(key) ? null : person.id);
  }
  return rows.map((row) => {
    const id = byName.get(who(row.person));
    return id ? { ...row, person: { ...row.person, teamPersonId: id } } : row;
  });
}
