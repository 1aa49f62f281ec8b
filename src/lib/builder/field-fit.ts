import type { FieldRole, FieldType } from '../schemas/field';
import { fieldRoles } from '../schemas/field';

/**
 * What suits each type of field, so the builder offers only what makes sense: a role code reads
 * as a name must be a text, the civilité a choice (it drives agreement), the school year a
 * school year. A field changing type loses what no longer suits it.
 */
const roleTypes: Record<FieldRole, readonly FieldType[]> = {
  civilite: ['choice'],
  prenom: ['text'],
  nom: ['text'],
  fonction: ['text', 'longText'],
  anneeScolaire: ['schoolYear'],
};

/** The roles a field of type `type` may hold. */
export function rolesFor(type: FieldType): FieldRole[] {
  return fieldRoles.filter((role) => roleTypes[role].includes(type));
}

/** Whether a field of type `type` may hold `role`. */
export function roleFits(role: FieldRole, type: FieldType): boolean {
  return roleTypes[role].includes(type);
}

// « Mon établissement » holds texts: its name, address, UAI… A date or an amount has nothing
// there to take.
const prefilled: readonly FieldType[] = ['text', 'longText', 'uai'];

/** Whether a field of type `type` may be pre-filled from « Mon établissement ». */
export function takesPrefill(type: FieldType): boolean {
  return prefilled.includes(type);
}

// Suggestions are offered under a one-line text box (a datalist); the other controls (a long
// text, a date picker, a list of choices, two radio buttons) have their own way to choose.
const suggested: readonly FieldType[] = [
  'text',
  'schoolYear',
  'uai',
  'email',
  'impCount',
  'number',
  'amount',
];

/** Whether a field of type `type` offers suggestions. */
export function takesSuggestions(type: FieldType): boolean {
  return suggested.includes(type);
}
