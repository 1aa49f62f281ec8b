import { TEAM_MAX_PEOPLE, type TeamPerson } from '../schemas/team';
import { TEXT_LIMITS } from '../schemas/limits';
import { checkEmail } from '../validation/email';
import { personKey, type NewPerson } from './team-list';

/**
 * What is wrong with a person typed in the form, in French (empty: nothing). `editing` is the
 * id of the person being changed (null for a new one): they may keep their own name.
 */
export function checkPerson(
  draft: NewPerson,
  people: readonly TeamPerson[],
  editing: string | null,
): string[] {
  const problems: string[] = [];
  if (draft.nom.trim() === '') problems.push('Le nom manque.');
  if (draft.nom.length > TEXT_LIMITS.name)
    problems.push(`Le nom dépasse ${TEXT_LIMITS.name} caractères.`);
  if (draft.prenom.length > TEXT_LIMITS.name)
    problems.push(`Le prénom dépasse ${TEXT_LIMITS.name} caractères.`);
  if (draft.fonction.length > TEXT_LIMITS.line)
    problems.push(`La fonction dépasse ${TEXT_LIMITS.line} caractères.`);
  const email = draft.email.trim();
  if (email.length > TEXT_LIMITS.email)
    problems.push(`L’adresse électronique dépasse ${TEXT_LIMITS.email} caractères.`);
  else if (email !== '' && (/[\s,;]/.test(email) || checkEmail(email) !== null))
    problems.push(`«\u00a0${email}\u00a0» n’est pas une adresse électronique valide.`);
  if (editing === null && people.length >= TEAM_MAX_PEOPLE)
    problems.push(`«\u00a0Mon équipe\u00a0» compte ${TEAM_MAX_PEOPLE} personnes au plus.`);
  const key = personKey(draft);
  const same = people.find((person) => person.id !== editing && personKey(person) === key);
  if (same && draft.nom.trim() !== '')
    problems.push(
      `${[draft.prenom, draft.nom].join(' ').trim()} est déjà dans l’équipe\u00a0: une même personne n’y figure qu’une fois.`,
    );
  return problems;
}
