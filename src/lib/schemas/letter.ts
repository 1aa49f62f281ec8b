import { z } from 'zod';
import { fieldSchema } from './field';
import { letterKinds } from './letter-type';
import { signatorySchemaOf } from './signatory';
import { schoolHeadingSchema, storedSchoolHeadingSchema } from './school';
import {
  COUNT_LIMITS as COUNTS,
  PART_TEXT_KINDS as KINDS,
  limitedText,
  storedText,
  type TextKind,
  type TextSchemaOf,
} from './limits';
import { blankLimits } from './blank-limits';
import { revisionSchema } from './revision';
import { refuseDuplicateIds } from './unique-ids';
import { STATUS_HISTORY_LIMIT, letterStatusSchema, statusChangeSchema } from './letter-status';

/** Version of the stored letter format; bump it with a migration in `src/lib/letters/migrate.ts`. */
export const LETTER_SCHEMA_VERSION = 3;

/** Identifier of a letter or of a part of it (items, sections), unique within its parent. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'identifiant invalide');

/**
 * The letter's schemas for one way of bounding texts: `limitedText` (the limits of `limits.ts`,
 * for what is written) or `storedText` (the former single bound, for reading what was stored).
 */
function letterSchemas(
  text: TextSchemaOf,
  schoolHeading: typeof schoolHeadingSchema,
  value: z.ZodString,
) {
  /** A paragraph or an item the user can edit, move or remove. */
  const item = (kind: TextKind) => z.object({ id: idSchema, text: text(kind) }).strict();

  /** A block of a section, as in the model but with ids so it can be edited. */
  const block = z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), id: idSchema, text: text(KINDS.paragraph) }).strict(),
    z
      .object({
        type: z.literal('list'),
        id: idSchema,
        items: z.array(item(KINDS.item)).max(COUNTS.items),
      })
      .strict(),
  ]);

  /** A section of the letter's body. */
  const section = z
    .object({
      /** Unique within the letter. */
      id: idSchema,
      /** Heading as printed. */
      title: text(KINDS.sectionTitle),
      /** Id of the model's section it came from, to reset it; null for a section the user added. */
      modelSection: z.string().nullable(),
      /** Paragraphs and item lists. */
      blocks: z.array(block).max(COUNTS.blocks),
    })
    .strict();

  /** One line of the IMP table as filled in. */
  const impLine = z
    .object({
      /** The model's column id, or "autre" for the extra line. */
      id: idSchema,
      /** Column heading, e.g. « attribuées par le Rectorat ». */
      heading: text(KINDS.impHeading),
      /** Name of the mission paid. */
      mission: text(KINDS.impMission),
      /** Where the allowance comes from; null when the column does not ask. */
      provenance: text(KINDS.impProvenance).nullable(),
      /** Number of IMP, in steps of 0.25; null while not chosen. */
      count: z.number().min(0).max(20).multipleOf(0.25).nullable(),
      /** Rate level 1 to 5; null while not chosen. */
      taux: z.number().int().min(1).max(5).nullable(),
    })
    .strict();

  /** The IMP block of a letter. */
  const imp = z
    .object({
      /** STS-web code (e.g. « IMP 9073 »). */
      stsCode: text(KINDS.stsCode),
      /** The model's columns, then the « autre » line when the user adds one. */
      lines: z.array(impLine).min(1).max(COUNTS.impLines),
      /** Note printed under the table. */
      note: text(KINDS.impNote),
    })
    .strict();

  /** A letter being written: its own copy of the model's structure, filled and adapted. */
  const letter = z
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
      title: text(KINDS.title),
      /** The « Objet : » line; empty prints none. */
      objet: text(KINDS.objet),
      /** The school's heading, copied from "Mon établissement" (not its logo), editable here. */
      school: schoolHeading,
      /** Date of the letter (« Ville, le … »), ISO yyyy-mm-dd, or empty. */
      date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
      /** The blanks' definitions, copied from the model. */
      fields: z.array(fieldSchema).max(COUNTS.fields),
      /**
       * The blanks' values, by field id. Written, each is held to its own field's limit by
       * `blankLimits` (a bound here would cite `longText` for a field of 300); stored, to
       * `STORED_TEXT_LIMIT`.
       */
      values: z.record(z.string(), value),
      /** « Vu … » lines. */
      vu: z.array(item(KINDS.vu)).max(COUNTS.vu),
      /** Paragraphs before the sections. */
      preamble: z.array(item(KINDS.preamble)).max(COUNTS.preamble),
      /** The body. */
      sections: z.array(section).max(COUNTS.sections),
      /** Paragraphs after the sections. */
      closing: z.array(item(KINDS.closing)).max(COUNTS.closing),
      /** The IMP block, or null when the letter has none. */
      imp: imp.nullable(),
      /** Signatories, in the printed order. */
      signatures: z
        .array(signatorySchemaOf(text).extend({ id: idSchema }).strict())
        .max(COUNTS.signatures),
      /** Copy lines, printed under « Copie : ». */
      copies: z.array(item(KINDS.copies)).max(COUNTS.copies),
      /** Where the letter stands in the campaign (added in version 3). */
      status: letterStatusSchema,
      /** The changes of status, oldest first (at most `STATUS_HISTORY_LIMIT`). */
      statusHistory: z.array(statusChangeSchema).max(STATUS_HISTORY_LIMIT),
      /**
       * The id of the person's row in « Mon équipe » the letter was written for; null when the
       * person was typed. The letter keeps its own copy of the name: the link only groups.
       */
      teamPersonId: idSchema.nullable(),
    })
    .strict();

  return { item: item(KINDS.paragraph), block, section, impLine, letter };
}

const strict = letterSchemas(limitedText, schoolHeadingSchema, z.string());
const stored = letterSchemas(storedText, storedSchoolHeadingSchema, storedText('longText'));

/** A paragraph or an item the user can edit, move or remove. */
export const itemSchema = strict.item;

/** A block of a section, as in the model but with ids so it can be edited. */
export const letterBlockSchema = strict.block;

/** A section of the letter's body. */
export const letterSectionSchema = strict.section;

/** One line of the IMP table as filled in. */
export const impLineSchema = strict.impLine;

/** A letter as it is written: every text within its limit (`limits.ts`), every id unique. */
export const letterSchema = strict.letter.superRefine(refuseDuplicateIds).superRefine(blankLimits);

/**
 * A letter as it may have been stored before the limits: texts bounded by `STORED_TEXT_LIMIT`
 * only, so reading never loses a text longer than its new limit. Read records with it; the
 * editor counts such a text over its limit and the check before the PDF lists it.
 */
export const storedLetterSchema = stored.letter.superRefine(refuseDuplicateIds);

export type Letter = z.output<typeof letterSchema>;
export type LetterSection = z.output<typeof letterSectionSchema>;
export type LetterBlock = z.output<typeof letterBlockSchema>;
export type Item = z.output<typeof itemSchema>;
export type ImpLine = z.output<typeof impLineSchema>;
export type LetterSignatory = Letter['signatures'][number];
