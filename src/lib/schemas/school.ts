import { z } from 'zod';
import { schoolLogoSchema } from './logo';
import { revisionSchema } from './revision';

/** "Mon établissement": entered once, it pre-fills every new letter and its heading. */
export const schoolSchema = z
  .object({
    /** Name of the school, e.g. « Collège Jean Moulin ». */
    etablissement: z.string().max(300).default(''),
    /** Identifier of the school: 7 digits and a check letter. */
    uai: z.string().max(20).default(''),
    /** Postal address, on one or several lines. */
    adresse: z.string().max(500).default(''),
    /** Town, for « Ville, le 22 novembre 2026 ». */
    ville: z.string().max(200).default(''),
    /** Académie, printed first in the heading. */
    academie: z.string().max(200).default(''),
    /** Name of the head of school. */
    chef: z.string().max(200).default(''),
    /**
     * Title of the head, chosen among `headTitles` (« Principal », « Proviseure »…); a string so
     * that a title typed before the choice existed stays readable.
     */
    chefTitre: z.string().max(200).default(''),
    /** « Affaire suivie par » in the letterhead: who answers questions about the letter. */
    affaireSuiviePar: z.string().max(200).default(''),
    /** Telephone printed under « Affaire suivie par ». */
    telephone: z.string().max(50).default(''),
    /** E-mail printed under « Affaire suivie par ». */
    courriel: z.string().max(200).default(''),
    /** Logo printed top left of every letter; optional, so older records stay valid. */
    logo: schoolLogoSchema.optional(),
  })
  .strict();

export type School = z.output<typeof schoolSchema>;

/**
 * The school as a letter's heading copies it: everything but the logo, which stays in « Mon
 * établissement » alone (a thousand letters do not store a thousand images).
 */
export const schoolHeadingSchema = schoolSchema.omit({ logo: true });

export type SchoolHeading = z.output<typeof schoolHeadingSchema>;

/** A part of the heading: one line of text. */
export type SchoolHeadingKey = keyof SchoolHeading;

/** The heading a letter copies from « Mon établissement »: the school without its logo. */
export function headingOf(school: School): SchoolHeading {
  const { logo, ...heading } = school;
  return heading;
}

/** Version of the stored « Mon établissement » record; bump it with a step in `school/migrate.ts`. */
export const SCHOOL_SCHEMA_VERSION = 1;

/**
 * « Mon établissement » as stored: the school plus what guards it across tabs. Records written
 * before revisions existed (no `schemaVersion`) are migrated as revision 0 on reading.
 */
export const schoolRecordSchema = schoolSchema
  .extend({
    /** Version of this record's format (`SCHOOL_SCHEMA_VERSION`). */
    schemaVersion: z.literal(SCHOOL_SCHEMA_VERSION),
    /** How many times it was saved; a save based on another revision is a conflict. */
    revision: revisionSchema,
    /** ISO timestamp of the last save; absent on a record migrated from before revisions. */
    updatedAt: z.string().datetime().optional(),
  })
  .strict();

export type SchoolRecord = z.output<typeof schoolRecordSchema>;

/** The school a record holds, without its storage fields (as a letter or a backup takes it). */
export function schoolOf(record: SchoolRecord): School {
  const { schemaVersion, revision, updatedAt, ...school } = record;
  return school;
}

/** A school with nothing entered yet. */
export const emptySchool: School = schoolSchema.parse({});
