import type { Field } from '../schemas/field';
import type { Letter } from '../schemas/letter';
import type { LetterType } from '../schemas/letter-type';
import type { School } from '../schemas/school';
import { newId } from '../ids/new-id';
import { createLetter } from '../letters/create';
import type { Person } from './person';
import { ownValue, valueOf } from '../schemas/values';
import { sharedFields } from './columns';

// Written beside the columns of the list, which need them to tell a person's column apart.
export { PERSON_ROLES, sharedFields } from './columns';

/**
 * The shared fields' first values, as a new letter would have them: pre-filled from « Mon
 * établissement », the school year the coming one.
 */
export function sharedDefaults(
  model: LetterType,
  school: School,
  now: Date,
): Record<string, string> {
  const { values } = createLetter('defaults', model, school, now, () => 'defaults');
  return Object.fromEntries(
    sharedFields(model).map((field) => [field.id, valueOf(values, field.id)]),
  );
}

/** The civilité as the field offers it (its option « Madame »), or as the list gives it. */
function civiliteValue(field: Field, civilite: Person['civilite']): string {
  const option = field.options?.find((item) => item.toLowerCase() === civilite.toLowerCase());
  return option ?? civilite;
}

/** What a person gives each role, and the other fields the list has a filled cell for. */
function personValue(field: Field, person: Person): string | undefined {
  if (field.role === 'civilite') return civiliteValue(field, person.civilite);
  if (field.role === 'nom') return person.nom;
  if (field.role === 'prenom') return person.prenom;
  if (field.role === 'fonction') return person.fonction;
  return person.values ? ownValue(person.values, field.id) : undefined;
}

/**
 * A new letter of the model for one person of the list: made as the editor makes a new letter
 * (`createLetter`: pre-filled from « Mon établissement », dated `now`), with the values the
 * people share, the person's own fields found by role or given by their columns of the list
 * (which replace the shared values for them alone), their IMP on the first line of the
 * IMP table (a model without IMP table has nowhere to put it), and the link to their row of
 * « Mon équipe » when they were chosen from it.
 */
export function letterForPerson(
  typeId: string,
  model: LetterType,
  school: School,
  shared: Readonly<Record<string, string>>,
  person: Person,
  now: Date,
  makeId: () => string = newId,
): Letter {
  const letter = createLetter(typeId, model, school, now, makeId);
  for (const field of letter.fields) {
    const own = personValue(field, person);
    if (own !== undefined) letter.values[field.id] = own;
    else if (Object.hasOwn(shared, field.id)) letter.values[field.id] = valueOf(shared, field.id);
  }
  if (person.teamPersonId !== undefined) letter.teamPersonId = person.teamPersonId;
  const line = letter.imp?.lines[0];
  if (line && person.imp) Object.assign(line, person.imp);
  return letter;
}
