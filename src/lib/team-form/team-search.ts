import type { TeamPerson } from '../schemas/team';
import { fold } from '../text/fold';

/**
 * Each person's words folded once (nom, prénom, fonction, e-mail): the search then compares
 * strings at each key, and 500 people filter well within a frame.
 */
export function searchKeys(people: readonly TeamPerson[]): Map<string, string> {
  return new Map(
    people.map((person) => [
      person.id,
      fold(`${person.prenom} ${person.nom} ${person.nom} ${person.fonction} ${person.email}`),
    ]),
  );
}

/** The people whose words hold every word of `query` (accents and case aside), in order. */
export function matches(
  people: readonly TeamPerson[],
  keys: ReadonlyMap<string, string>,
  query: string,
): TeamPerson[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...people];
  return people.filter((person) => {
    const key = keys.get(person.id) ?? '';
    return words.every((word) => key.includes(word));
  });
}
