import { z } from 'zod';

/** Identifier of a field, used in `{id}` placeholders inside the letter's text. */
export const fieldIdSchema = z
  .string()
  .regex(
    /^[a-z][a-zA-Z0-9]*$/,
    'identifiant en camelCase sans accent attendu (ex. « anneeScolaire »)',
  );

/** The kinds of value a blank of a letter can hold; each decides its control and its checks. */
export const fieldTypes = [
  'text',
  'longText',
  'date',
  'schoolYear',
  'uai',
  'email',
  'impCount',
] as const;

/** What "Mon établissement" can pre-fill (see the editor). */
export const schoolKeys = [
  'etablissement',
  'uai',
  'adresse',
  'ville',
  'academie',
  'chef',
  'chefTitre',
] as const;

/** One blank of a letter, as the seed shows it (a name, a date, a school year…). */
export const fieldSchema = z
  .object({
    /** Stable identifier, referenced as `{id}` in the letter's text. */
    id: fieldIdSchema,
    /** Label of the control, in French, as a user reads it. */
    label: z.string().min(1),
    /** Kind of value: decides the control and its validation. */
    type: z.enum(fieldTypes),
    /** Whether the letter is incomplete while this field is empty. */
    required: z.boolean().default(false),
    /** Help shown under the control, such as the seed's own example. */
    hint: z.string().min(1).optional(),
    /** Value of "Mon établissement" that pre-fills this field in a new letter. */
    prefill: z.enum(schoolKeys).optional(),
    /** Values offered as suggestions; the field stays free. */
    suggestions: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type Field = z.output<typeof fieldSchema>;
export type FieldInput = z.input<typeof fieldSchema>;
export type FieldType = (typeof fieldTypes)[number];
export type SchoolKey = (typeof schoolKeys)[number];
