import { z } from 'zod';
import { fieldSchema } from './field';
import { letterKinds } from './letter-type';
import { signatorySchema } from './signatory';
import { schoolHeadingSchema } from './school';
import { revisionSchema } from './revision';
import { refuseDuplicateIds } from './unique-ids';

/** Version of the stored letter format; bump it with a migration in `src/lib/letters/migrate.ts`. */
export const LETTER_SCHEMA_VERSION = 2;

/** Identifier of a letter or of a part of it (items, sections), unique within its parent. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'identifiant invalide');

/** Text typed by the user. Long enough for a 10 000-character item, bounded against abuse. */
const userText = z.string().max(20_000, 'texte trop long (20 000 caractères au plus)');

/** A paragraph or an item the user can edit, move or remove. */
export const itemSchema = z.object({ id: idSchema, text: userText }).strict();

/** A block of a section, as in the model but with ids so it can be edited. */
export const letterBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), id: idSchema, text: userText }).strict(),
  z
    .object({ type: z.literal('list'), id: idSchema, items: z.array(itemSchema).max(1000) })
    .strict(),
]);

/** A section of the letter's body. */
export const letterSectionSchema = z
  .object({
    /** Unique within the letter. */
    id: idSchema,
    /** Heading as printed. */
    title: userText,
    /** Id of the model's section it came from, to reset it; null for a section the user added. */
    modelSection: z.string().nullable(),
    /** Paragraphs and item lists. */
    blocks: z.array(letterBlockSchema).max(500),
  })
  .strict();

/** One line of the IMP table as filled in. */
export const impLineSchema = z
  .object({
    /** The model's column id, or "autre" for the extra line. */
    id: idSchema,
    /** Column heading, e.g. « attribuées par le Rectorat ». */
    heading: userText,
    /** Name of the mission paid. */
    mission: userText,
    /** Where the allowance comes from; null when the column does not ask. */
    provenance: userText.nullable(),
    /** Number of IMP, in steps of 0.25; null while not chosen. */
    count: z.number().min(0).max(20).multipleOf(0.25).nullable(),
    /** Rate level 1 to 5; null while not chosen. */
    taux: z.number().int().min(1).max(5).nullable(),
  })
  .strict();

/** A signatory of the letter: the model's proposal, with an id so it can be moved and renamed. */
export const letterSignatorySchema = signatorySchema.extend({ id: idSchema }).strict();

/** The IMP block of a letter. */
export const letterImpSchema = z
  .object({
    /** STS-web code (e.g. « IMP 9073 »). */
    stsCode: userText,
    /** The model's columns, then the « autre » line when the user adds one. */
    lines: z.array(impLineSchema).min(1).max(4),
    /** Note printed under the table. */
    note: userText,
  })
  .strict();

/** A letter being written: its own copy of the model's structure, filled and adapted. */
export const letterSchema = z
  .object({
    /** Version of this format. */
    schemaVersion: z.literal(LETTER_SCHEMA_VERSION),
    /** Unique id of the letter. */
    id: idSchema,
    /** Slug of the model it was made from (content/lettres/<slug>.yaml). */
    typeId: idSchema,
    /** Increases by one on every save; guards against overwriting a newer version. */
    revision: revisionSchema,
    /** ISO timestamp of creation. */
    createdAt: z.string().datetime(),
    /** ISO timestamp of the last change. */
    updatedAt: z.string().datetime(),
    /** What the document is, copied from the model (file names, lists). */
    kind: z.enum(letterKinds),
    /** Title as printed. */
    title: userText,
    /** The « Objet : » line; empty prints none. */
    objet: userText,
    /** The school's heading, copied from "Mon établissement" (not its logo), editable here. */
    school: schoolHeadingSchema,
    /** Date of the letter (« Ville, le … »), ISO yyyy-mm-dd, or empty. */
    date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
    /** The blanks' definitions, copied from the model. */
    fields: z.array(fieldSchema).max(200),
    /** The blanks' values, by field id. */
    values: z.record(z.string(), z.string().max(5_000)),
    /** « Vu … » lines. */
    vu: z.array(itemSchema).max(100),
    /** Paragraphs before the sections. */
    preamble: z.array(itemSchema).max(100),
    /** The body. */
    sections: z.array(letterSectionSchema).max(200),
    /** Paragraphs after the sections. */
    closing: z.array(itemSchema).max(100),
    /** The IMP block, or null when the letter has none. */
    imp: letterImpSchema.nullable(),
    /** Signatories, in the printed order. */
    signatures: z.array(letterSignatorySchema).max(10),
    /** Copy lines, printed under « Copie : ». */
    copies: z.array(itemSchema).max(50),
  })
  .strict()
  .superRefine(refuseDuplicateIds);

export type Letter = z.output<typeof letterSchema>;
export type LetterSection = z.output<typeof letterSectionSchema>;
export type LetterBlock = z.output<typeof letterBlockSchema>;
export type Item = z.output<typeof itemSchema>;
export type ImpLine = z.output<typeof impLineSchema>;
export type LetterSignatory = z.output<typeof letterSignatorySchema>;
