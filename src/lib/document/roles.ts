import type { Field, FieldRole } from '../schemas/field';
import type { Letter } from '../schemas/letter';
import { genderOf, type Gender } from '../text/agreement';
import { valueOf } from '../schemas/values';

/** The fields and values code reads by role. */
type Filled = Pick<Letter, 'fields' | 'values'>;

/** The field holding `role`, if the letter has one. */
export function roleField(fields: readonly Field[], role: FieldRole): Field | undefined {
  return fields.find((field) => field.role === role);
}

/** The trimmed value of the field holding `role`; empty when there is none. */
export function roleValue(letter: Filled, role: FieldRole): string {
  const field = roleField(letter.fields, role);
  return field ? valueOf(letter.values, field.id).trim() : '';
}

/**
 * The school year as typed: the field whose role is `anneeScolaire`, else the first field of
 * type `schoolYear` (a user's model may give its year field no role). Empty when neither.
 */
export function schoolYearValue(letter: Filled): string {
  const field =
    roleField(letter.fields, 'anneeScolaire') ??
    letter.fields.find((candidate) => candidate.type === 'schoolYear');
  return field ? valueOf(letter.values, field.id).trim() : '';
}

/** « Claire Dubois »: first and last name, or empty when neither is filled. */
export function personName(letter: Filled): string {
  return [roleValue(letter, 'prenom'), roleValue(letter, 'nom')].filter(Boolean).join(' ');
}

/** The person's gender from the civilité, or null while it is not chosen. */
export function personGender(letter: Filled): Gender | null {
  return genderOf(roleValue(letter, 'civilite'));
}

/** Whether the letter is addressed to a person: its model has a field for their name. */
export function addressedToPerson(letter: Pick<Letter, 'fields'>): boolean {
  return roleField(letter.fields, 'nom') !== undefined;
}
