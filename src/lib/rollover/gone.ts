import type { Team } from '../schemas/team';

/**
 * The people of « Mon équipe » marked as gone, by id, named as a letter names them
 * (« Claire Dupont »): what `planRollover` needs to leave their letters out, and say why.
 */
export function goneFromTeam(team: Team): Map<string, string> {
  const gone = new Map<string, string>();
  for (const person of team.people)
    if (person.gone) gone.set(person.id, [person.prenom, person.nom].filter(Boolean).join(' '));
  return gone;
}
