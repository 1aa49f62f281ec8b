import type { Team, TeamPerson } from '../schemas/team';

/** What a picker of « Mon équipe » offers: the people still here, and how many left. */
export interface PickList {
  /** The people not marked as gone, by name (nom, then prénom, as a French list sorts). */
  people: TeamPerson[];
  /** How many are marked as gone: not offered (a letter is for someone here), but counted. */
  gone: number;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The team as the editor's and « Plusieurs personnes »' pickers offer it: those who left are
 * left out (their letters stay linked to them), the others sorted by name to be found at a
 * glance in a list of 30 or 300.
 */
export function pickList(team: Team): PickList {
  const people = team.people.filter((person) => !person.gone);
  people.sort((a, b) => collator.compare(a.nom, b.nom) || collator.compare(a.prenom, b.prenom));
  return { people, gone: team.people.length - people.length };
}

/** « Madame Claire Dupont, CPE »: a person as a picker lists them. */
export function pickLabel(person: TeamPerson): string {
  const name = [person.civilite, person.prenom, person.nom].filter(Boolean).join(' ');
  return person.fonction.trim() === '' ? name : `${name}, ${person.fonction}`;
}
