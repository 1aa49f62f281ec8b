import type { Field } from '../../../src/lib/schemas/field';
import type { Letter } from '../../../src/lib/schemas/letter';
import { makeLetter } from '../../fixtures/make-letter';

/** The school-year field of the real models (found by its type, whatever its id). */
export const yearField: Field = {
  id: 'anneeScolaire',
  label: 'Année scolaire',
  type: 'schoolYear',
  required: true,
  role: 'anneeScolaire',
};

/** A date field, as the Devoirs faits model has. */
export const dateField = (id: string): Field => ({
  id,
  label: 'Date',
  type: 'date',
  required: false,
});

/** A letter of the fixture model with a school-year field holding `year`, and `extra` fields. */
export function letterFor(
  year: string,
  changes: Partial<Letter> = {},
  extra: Field[] = [],
): Letter {
  const base = makeLetter('y');
  return {
    ...base,
    ...changes,
    // The fixture model may already have its school-year field: keep one, the real models' own.
    fields: [...base.fields.filter((field) => field.id !== yearField.id), yearField, ...extra],
    values: { ...base.values, anneeScolaire: year, ...changes.values },
  };
}
