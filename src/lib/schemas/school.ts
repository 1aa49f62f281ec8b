import { z } from 'zod';
import { schoolImageSchema } from './logo';
import { impAllocationsSchema } from './imp-allocation';
import { preparedYearChoiceSchema } from './prepared-year';
import { revisionSchema } from './revision';
import { TEXT_LIMITS, limitedText, storedText, type TextKind, type TextSchemaOf } from './limits';
import { headCivilites } from '../text/head-title';

/** The kind of text, hence the limit (`TEXT_LIMITS`), of each field of « Mon établissement ». */
export const SCHOOL_TEXT_KINDS = {
  etablissement: 'name',
  uai: 'uai',
  adresse: 'address',
  ville: 'name',
  academie: 'name',
  chef: 'name',
  chefTitre: 'name',
  affaireSuiviePar: 'name',
  telephone: 'phone',
  courriel: 'email',
} as const satisfies Record<string, TextKind>;

/**
 * The head's civilité: « Madame », « Monsieur », or none (''). Absent from records written before
 * it existed, which read as none: they print as they did.
 */
const civiliteSchema = z
  .string()
  .refine((value) => value === '' || (headCivilites as readonly string[]).includes(value), {
    message: 'choisissez «\u00a0Madame\u00a0», «\u00a0Monsieur\u00a0» ou rien',
  })
  .default('');

/** « Mon établissement »'s fields, their texts bounded by `text` (see `limits.ts`). */
const schoolShape = (text: TextSchemaOf) => {
  const field = (key: keyof typeof SCHOOL_TEXT_KINDS) => text(SCHOOL_TEXT_KINDS[key]).default('');
  return {
    /** Name of the school, e.g. « Collège Jean Moulin ». */
    etablissement: field('etablissement'),
    /** Identifier of the school: 7 digits and a check letter. */
    uai: field('uai'),
    /** Postal address, on one or several lines. */
    adresse: field('adresse'),
    /** Town, for « Ville, le 22 novembre 2026 ». */
    ville: field('ville'),
    /** Académie, printed first in the heading. */
    academie: field('academie'),
    /** Name of the head of school, as they sign: « Nadia Benali ». */
    chef: field('chef'),
    /** « Madame » or « Monsieur » before the head's name in a sentence: « Mme Nadia Benali ». */
    chefCivilite: civiliteSchema,
    /**
     * Title of the head, chosen among `headTitles` (« Principal », « Proviseure »…); a string so
     * that a title typed before the choice existed stays readable.
     */
    chefTitre: field('chefTitre'),
    /** « Affaire suivie par » in the letterhead: who answers questions about the letter. */
    affaireSuiviePar: field('affaireSuiviePar'),
    /** Telephone printed under « Affaire suivie par ». */
    telephone: field('telephone'),
    /** E-mail printed under « Affaire suivie par ». */
    courriel: field('courriel'),
    /** Logo printed top left of every letter; optional, so older records stay valid. */
    logo: schoolImageSchema.optional(),
    /** The head's signature (a scanned or drawn image), for her signing space; optional. */
    signature: schoolImageSchema.optional(),
    /** The school's stamp (cachet), an image for the stamp's frame; optional. */
    stamp: schoolImageSchema.optional(),
    /**
     * « Apposer ma signature et le cachet », the head's last choice in the editor: off until
     * she ticks it (absent: off), then remembered for the next letters.
     */
    affixSignature: z.boolean().optional(),
    /**
     * IMP allocation notified by the rectorat, per school year, for « Récapitulatif des IMP »;
     * optional, so older records stay valid.
     */
    impAllocations: impAllocationsSchema.optional(),
    /** The school year chosen as the one being prepared; absent: the date rule decides. */
    preparedYear: preparedYearChoiceSchema.optional(),
  };
};

/** "Mon établissement": entered once, it pre-fills every new letter and its heading. */
export const schoolSchema = z.object(schoolShape(limitedText)).strict();

/**
 * « Mon établissement » as it may have been stored before the limits of `limits.ts`: read it with
 * this schema so a name longer than its new limit is kept, and shown over its limit in the form.
 */
export const storedSchoolSchema = z.object(schoolShape(storedText)).strict();

export type School = z.output<typeof schoolSchema>;

/** What « Mon établissement » keeps for itself, never copied into a letter's heading. */
const notInHeading = {
  logo: true,
  signature: true,
  stamp: true,
  affixSignature: true,
  impAllocations: true,
  preparedYear: true,
} as const;

/**
 * The school as a letter's heading copies it: everything but the logo, which stays in « Mon
 * établissement » alone (a thousand letters do not store a thousand images), and the IMP
 * allocations, which are no part of a letter.
 */
export const schoolHeadingSchema = schoolSchema.omit(notInHeading);

/** A letter's heading as it may have been stored before the limits (see `storedSchoolSchema`). */
export const storedSchoolHeadingSchema = storedSchoolSchema.omit(notInHeading);

export type SchoolHeading = z.output<typeof schoolHeadingSchema>;

/** A part of the heading: one line of text. */
export type SchoolHeadingKey = keyof SchoolHeading;

/** Most characters a part of the heading holds (a civilité, its longest choice). */
export const schoolLimit = (key: SchoolHeadingKey): number =>
  key === 'chefCivilite'
    ? Math.max(...headCivilites.map((civilite) => civilite.length))
    : TEXT_LIMITS[SCHOOL_TEXT_KINDS[key]];

/** The heading a letter copies from « Mon établissement »: no image, allocation or year. */
export function headingOf(school: School): SchoolHeading {
  const { logo, signature, stamp, affixSignature, impAllocations, preparedYear, ...heading } =
    school;
  return heading;
}

/** Version of the stored « Mon établissement » record; bump it with a step in `school/migrate.ts`. */
export const SCHOOL_SCHEMA_VERSION = 1;

/**
 * « Mon établissement » as stored: the school plus what guards it across tabs. Records written
 * before revisions existed (no `schemaVersion`) are migrated as revision 0 on reading.
 */
const recordFields = {
  /** Version of this record's format (`SCHOOL_SCHEMA_VERSION`). */
  schemaVersion: z.literal(SCHOOL_SCHEMA_VERSION),
  /** How many times it was saved; a save based on another revision is a conflict. */
  revision: revisionSchema,
  /** ISO timestamp of the last save; absent on a record migrated from before revisions. */
  updatedAt: z.string().datetime().optional(),
};

export const schoolRecordSchema = schoolSchema.extend(recordFields).strict();

/**
 * The stored record as it may have been written before the limits of `limits.ts` (read with it,
 * so a name longer than its new limit is kept and shown over its limit in the form).
 */
export const storedSchoolRecordSchema = storedSchoolSchema.extend(recordFields).strict();

export type SchoolRecord = z.output<typeof schoolRecordSchema>;

/** The school a record holds, without its storage fields (as a letter or a backup takes it). */
export function schoolOf(record: SchoolRecord): School {
  const { schemaVersion, revision, updatedAt, ...school } = record;
  return school;
}

/** A school with nothing entered yet. */
export const emptySchool: School = schoolSchema.parse({});
