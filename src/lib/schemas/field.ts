import { z } from 'zod';
import { hasVisibleText, INVISIBLE_ONLY } from './visible-text';
import { limitedText } from './limits';
import { fieldTypes } from './field-types';

export { fieldTypes, type FieldType } from './field-types';

/** Identifier of a field, used in `{id}` placeholders inside the letter's text. */
export const fieldIdSchema = z
  .string()
  .regex(
    /^[a-z][a-zA-Z0-9]*$/,
    'identifiant en camelCase sans accent attendu (ex. « anneeScolaire »)',
  );

/**
 * What a field stands for, so code finds « the person's name » or « the school year » by role,
 * never by guessing a field id. Each role is held by one field of a model at most.
 */
export const fieldRoles = [
  /** « Madame » or « Monsieur »: drives agreement (`{il|elle}`) and the addressee block. */
  'civilite',
  /** The person's first name. */
  'prenom',
  /** The person's last name: a letter with it is addressed to a person. */
  'nom',
  /** The person's function (« professeure de mathématiques »), for the addressee block. */
  'fonction',
  /** The school year the letter is for, pre-filled with the coming one. */
  'anneeScolaire',
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
    label: limitedText('line').min(1).refine(hasVisibleText, INVISIBLE_ONLY),
    /** Kind of value: decides the control and its validation. */
    type: z.enum(fieldTypes),
    /** Whether the letter is incomplete while this field is empty. */
    required: z.boolean().default(false),
    /** Help shown under the control, such as the seed's own example. */
    hint: limitedText('longText').min(1).refine(hasVisibleText, INVISIBLE_ONLY).optional(),
    /** Value of "Mon établissement" that pre-fills this field in a new letter. */
    prefill: z.enum(schoolKeys).optional(),
    /** Values offered as suggestions; the field stays free. */
    suggestions: z
      .array(limitedText('line').min(1).refine(hasVisibleText, INVISIBLE_ONLY))
      .max(100)
      .optional(),
    /** What the field stands for (the person's name, the school year…), where code needs it. */
    role: z.enum(fieldRoles).optional(),
    /** The values a `choice` field offers (« Madame », « Monsieur »); required for that type. */
    options: z
      .array(limitedText('name').min(1).refine(hasVisibleText, INVISIBLE_ONLY))
      .min(2)
      .max(50)
      .optional(),
    /** A `date` printed with its weekday (« lundi 11 janvier 2027 »), computed from the date. */
    weekday: z.boolean().optional(),
    /** A `date` recording a past fact (a creation date): never moved to next year, nor listed. */
    history: z.boolean().optional(),
  })
  .strict()
  .refine((field) => field.type !== 'choice' || field.options !== undefined, {
    message: 'un champ de type « choice » doit donner ses « options »',
    path: ['options'],
  });

export type Field = z.output<typeof fieldSchema>;
export type FieldInput = z.input<typeof fieldSchema>;
export type SchoolKey = (typeof schoolKeys)[number];
export type FieldRole = (typeof fieldRoles)[number];
