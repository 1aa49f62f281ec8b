import { z } from 'zod';
import type { FieldType } from './field-types';

/**
 * The most characters each kind of text may hold: the one place that says how long a field can
 * be. The schemas enforce these limits, the form sets them as `maxlength` and counts against
 * them (« 12 / 100 caractères »), the check before the PDF lists a text beyond its limit.
 */
export const TEXT_LIMITS = {
  /** A code such as the IMP's STS-web code (« IMP 9073 »). */
  code: 20,
  /** The UAI: 7 digits and a letter, with room for spaces typed inside (« 0771234 Y »). */
  uai: 10,
  /** A telephone number, spaces and prefix included. */
  phone: 30,
  /** An e-mail address (254 characters is the longest a mail server accepts). */
  email: 254,
  /** A name: a person, a town, a school, an académie, a title. */
  name: 100,
  /** A title or a heading: the letter's, a section's, the « Objet : » line. */
  title: 200,
  /** A short line: a « Vu » reference, a copy, a cell of the IMP table, a caption. */
  line: 300,
  /** A postal address, on a few lines. */
  address: 300,
  /** A blank of the model that holds a few sentences. */
  longText: 5_000,
  /** A paragraph or a mission of the letter's body. */
  paragraph: 10_000,
} as const;

/** A kind of text, named for its use. */
export type TextKind = keyof typeof TEXT_LIMITS;

/**
 * The most entries each list of a letter may hold. A letter is refused beyond them, and so is a
 * model (`letter-type.ts`): a model is accepted only if a letter made from it can be saved.
 */
export const COUNT_LIMITS = {
  /** The blanks of a model or a letter. */
  fields: 200,
  /** « Vu … » lines. */
  vu: 100,
  /** Paragraphs before the sections. */
  preamble: 100,
  /** Sections of the body. */
  sections: 200,
  /** Paragraphs and lists of one section. */
  blocks: 500,
  /** Items of one list. */
  items: 1000,
  /** Paragraphs after the sections. */
  closing: 100,
  /** Lines of the IMP table: the model's columns, then the « autre » line. */
  impLines: 4,
  /** Signatories. */
  signatures: 10,
  /** « Copie : » lines. */
  copies: 50,
} as const;

/**
 * The kind of text of each part a model gives its letters: the letter's schema and the model's
 * both read it, so a text the model accepts fits the letter made from it.
 */
export const PART_TEXT_KINDS = {
  title: 'title',
  objet: 'title',
  vu: 'line',
  preamble: 'paragraph',
  sectionTitle: 'title',
  paragraph: 'paragraph',
  item: 'paragraph',
  closing: 'paragraph',
  impHeading: 'line',
  impMission: 'line',
  impProvenance: 'line',
  stsCode: 'code',
  impNote: 'paragraph',
  copies: 'line',
} as const satisfies Record<string, TextKind>;

/**
 * The one bound every text had before the limits above (20 000 characters): what a letter or a
 * school stored earlier may hold. Stored records are read with it so nothing saved is lost; the
 * form then shows the text over its limit, and the check before the PDF lists it.
 */
export const STORED_TEXT_LIMIT = 20_000;

/** The kind of text a blank of each type holds. */
export const BLANK_TEXT_KINDS: Record<FieldType, TextKind> = {
  text: 'line',
  longText: 'longText',
  date: 'code',
  schoolYear: 'code',
  uai: 'uai',
  email: 'email',
  impCount: 'code',
  choice: 'name',
  number: 'code',
  yesNo: 'code',
  amount: 'code',
};

/** Builds the string schema of a kind of text: strict (the limit) or tolerant (stored data). */
export type TextSchemaOf = (kind: TextKind) => z.ZodString;

/** A text held to its kind's limit; zod's message names the limit, `letterPlace` the field. */
export const limitedText: TextSchemaOf = (kind) => z.string().max(TEXT_LIMITS[kind]);

/** A text as stored before the limits: bounded by `STORED_TEXT_LIMIT` only. */
export const storedText: TextSchemaOf = () => z.string().max(STORED_TEXT_LIMIT);

/** The limit of a blank of type `type`. */
export const blankLimit = (type: FieldType): number => TEXT_LIMITS[BLANK_TEXT_KINDS[type]];

/**
 * The largest list of people « Plusieurs personnes » reads, stated on the page beside the list
 * (« 2 Mo et 10 000 lignes au plus »): past them the list is refused, before it is read, with
 * what to do (split it). A list file's size is checked before a byte of it is read.
 */
export const LIST_LIMITS = {
  /** The largest list file, in bytes (2 Mo); a pasted list, in characters. */
  bytes: 2 * 1024 * 1024,
  /** The most people in one list (rows, the header row not counted). */
  rows: 10_000,
} as const;
