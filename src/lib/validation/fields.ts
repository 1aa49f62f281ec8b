import type { Field, FieldType } from '../schemas/field';
import type { Letter } from '../schemas/letter';
import { checkIsoDate } from './date';
import { checkEmail } from './email';
import { checkImpCount } from './imp-count';
import { checkAmount, checkNumber } from '../format/typed-number';
import { error, type Problem } from './problem';
import { checkSchoolYear } from './school-year';
import { checkUai } from './uai';
import { checkYesNo } from './yes-no';
import { valueOf } from '../schemas/values';

const asError = (message: string | null): Problem | null => (message ? error(message) : null);

/** The check of each type of field, run on a non-empty value. */
const checks: Record<FieldType, (value: string) => Problem | null> = {
  text: () => null,
  longText: () => null,
  date: (value) => asError(checkIsoDate(value)),
  schoolYear: (value) => asError(checkSchoolYear(value)),
  uai: checkUai,
  email: (value) => asError(checkEmail(value)),
  impCount: (value) => asError(checkImpCount(value)),
  // A choice is checked against its options in `validateField`, which has the field.
  choice: () => null,
  number: (value) => asError(checkNumber(value)),
  yesNo: (value) => asError(checkYesNo(value)),
  amount: (value) => asError(checkAmount(value)),
};

/** The problem with a field's value, or null: « obligatoire » when empty, else its type's check. */
export function validateField(field: Field, value: string): Problem | null {
  if (value.trim() === '') return field.required ? error('Ce champ est obligatoire.') : null;
  if (field.type === 'choice' && !(field.options ?? []).includes(value)) {
    return error(`Choisissez parmi\u00a0: ${(field.options ?? []).join(', ')}.`);
  }
  return checks[field.type](value);
}

/** The problems of a letter's fields, by field id; a field without problem is absent. */
export function validateLetter(letter: Pick<Letter, 'fields' | 'values'>): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  for (const field of letter.fields) {
    const value = valueOf(letter.values, field.id);
    const problem = validateField(field, value);
    if (problem) problems.set(field.id, problem);
  }
  return problems;
}
