import { z } from 'zod';
import { fieldIdSchema, fieldSchema } from './field';
import { sourceSchema } from './source';
import { provenanceSchema } from './provenance';
import { signatorySchema } from './signatory';
import { SCHOOL_TEXT_KINDS } from './school';
import { computedPlaceholders, placeholderIds } from '../text/placeholders';
import { hasAgreement } from '../text/agreement';
import { hasVisibleText, INVISIBLE_ONLY, visibleText } from './visible-text';
import {
  COUNT_LIMITS as COUNTS,
  PART_TEXT_KINDS as KINDS,
  TEXT_LIMITS,
  blankLimit,
  type TextKind,
} from './limits';

/** What a model's document is: a mission letter, or a « cahier des charges ». */
export const letterKinds = ['lettre-de-mission', 'cahier-des-charges'] as const;

/**
 * A text of the letter; it may name blanks as `{fieldId}`. It must print something: a text of
 * invisible characters only would pass, then be emptied by the import's cleaning (`visibleText`).
 * It is held to the limit the letter's own copy of it has (`PART_TEXT_KINDS`), so a letter made
 * from the model can be saved. Trimmed first: the limit counts what the letter receives.
 */
const letterText = (kind: TextKind) =>
  z.string().trim().min(1).max(TEXT_LIMITS[kind]).refine(hasVisibleText, INVISIBLE_ONLY);

/** A paragraph of running text. */
export const paragraphBlockSchema = z
  .object({
    type: z.literal('paragraph'),
    /** The paragraph, word for word from the seed, blanks as `{fieldId}`. */
    text: letterText(KINDS.paragraph),
  })
  .strict();

/** A list of mission items, each kept word for word from the seed. */
export const listBlockSchema = z
  .object({
    type: z.literal('list'),
    /** The items, in the seed's order. */
    items: z.array(letterText(KINDS.item)).min(1).max(COUNTS.items),
  })
  .strict();

/** What a section is made of: paragraphs and lists of items, in order. */
export const blockSchema = z.discriminatedUnion('type', [paragraphBlockSchema, listBlockSchema]);

/** A titled group of the letter's body (a heading of the seed, or one we gave it). */
export const sectionSchema = z
  .object({
    /** Stable identifier within the letter. */
    id: fieldIdSchema,
    /** Heading as printed. */
    title: letterText(KINDS.sectionTitle),
    /** True when the seed had no heading here and this short neutral title was added. */
    titleAdded: z.boolean().default(false),
    /** Paragraphs and item lists of the section. */
    blocks: z.array(blockSchema).min(1).max(COUNTS.blocks),
  })
  .strict();

/** One column of the IMP table: who pays, for which mission. */
export const impColumnSchema = z
  .object({
    /** Stable identifier within the letter. */
    id: fieldIdSchema,
    /**
     * The form's label of the line, e.g. « … attribuées par le Rectorat (le cas échéant) »: shown
     * in the editor only, never printed.
     */
    heading: letterText(KINDS.impHeading),
    /**
     * Name of the mission paid, as the letter's IMP table prints it (« Cordées de la réussite,
     * dotation du rectorat »); « autre » names none yet and prints a blank to fill.
     */
    mission: letterText(KINDS.impMission),
    /** Whether the column asks where the allowance comes from (« Provenance »). */
    provenance: z.boolean().default(false),
    /**
     * Whose envelope pays the column: the school's own IMP allocation (the default), or an
     * endowment the rectorat notifies apart (the Cordées' « attribuées par le Rectorat »), which
     * the IMP summary shows beside the school's allocation, not against it.
     */
    fundedBy: z.enum(['etablissement', 'rectorat']).default('etablissement'),
    /** The seed's example, shown as help. */
    example: z
      .object({
        /** Number of IMP, in steps of 0.25. */
        count: z.number().multipleOf(0.25).positive(),
        /** Rate level, 1 to 5. */
        taux: z.number().int().min(1).max(5),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The IMP block of a letter, where the seed has one. */
export const impBlockSchema = z
  .object({
    /** Code to enter in STS-web, as the seed gives it (e.g. « IMP 9073 »). */
    stsCode: z.string().min(1).max(TEXT_LIMITS[KINDS.stsCode]).optional(),
    /** One column, or two when the Rectorat and the school each pay a share. */
    columns: z.array(impColumnSchema).min(1).max(2),
    /** A note the seed prints under the table. */
    note: letterText(KINDS.impNote).optional(),
  })
  .strict();

/** A signatory the model proposes (see `signatorySchema`). */
export const signatureSchema = signatorySchema;

/** The model of one kind of mission letter: what the editor fills and the guide explains. */
const letterTypeObject = z
  .object({
    /** Title as printed at the top of the letter. */
    title: letterText(KINDS.title),
    /** Short name of the mission, for the catalogue and the page title. */
    mission: visibleText,
    /** What the document is. */
    kind: z.enum(letterKinds),
    /** One sentence for the catalogue: what the mission is. */
    summary: z.string().min(1),
    /** Who is given this mission (guidance page). */
    audience: z.string().min(1),
    /** Under whose authority the mission is carried out (guidance page). */
    authority: z.string().min(1),
    /** Where the model comes from: a document of `content/sources/`, or its references alone. */
    provenance: provenanceSchema,
    /** Every blank of the seed, typed. */
    fields: z.array(fieldSchema).min(1).max(COUNTS.fields),
    /** The « Objet : » line, blanks and agreement allowed. */
    objet: letterText(KINDS.objet).optional(),
    /** « Vu … » lines printed at the head of the letter; « Vu » is added where a line lacks it. */
    vu: z.array(letterText(KINDS.vu)).max(COUNTS.vu).default([]),
    /** Paragraphs before the first section. */
    preamble: z.array(letterText(KINDS.preamble)).max(COUNTS.preamble).default([]),
    /** The body: sections of paragraphs and mission items. */
    sections: z.array(sectionSchema).min(1).max(COUNTS.sections),
    /** Paragraphs after the sections. */
    closing: z.array(letterText(KINDS.closing)).max(COUNTS.closing).default([]),
    /** The IMP block, where the seed has one. */
    imp: impBlockSchema.optional(),
    /** Signatories, in the printed order: the editor lets the user change them. */
    signatures: z.array(signatureSchema).max(COUNTS.signatures).default([]),
    /** Copy lines, printed under a « Copie : » heading (« {L’intéressé|L’intéressée} », « Dossier »). */
    copies: z.array(letterText(KINDS.copies)).max(COUNTS.copies).default([]),
    /**
     * Notes for the head of school: advice on the guidance page and in the editor, never printed
     * (« Cette lettre de mission est indicative… »).
     */
    notes: z.array(letterText('paragraph')).default([]),
    /** Texts the mission rests on, shown on the guidance page, each with its source. */
    references: z.array(sourceSchema).default([]),
  })
  .strict();

/** The model of one kind of mission letter, with its blanks checked against its fields. */
export const letterTypeSchema = letterTypeObject.superRefine((type, ctx) => {
  if (type.provenance.kind === 'references' && type.references.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['references'],
      message: 'un modèle sans document source doit citer au moins un texte de référence',
    });
  }
  const ids = type.fields.map((field) => field.id);
  const known = new Set<string>([...ids, ...computedPlaceholders]);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields', index, 'id'],
        message: `champ « ${id} » défini deux fois`,
      });
    }
  });
  checkRoles(type, ctx);
  checkPrefills(type, ctx);
  const agrees = type.fields.some((field) => field.role === 'civilite');
  for (const { path, text } of lettersTexts(type)) {
    if (hasAgreement(text) && !agrees) {
      ctx.addIssue({
        code: 'custom',
        path,
        message:
          'le texte accorde un mot ({il|elle}) sans champ de rôle « civilite » dans « fields »',
      });
    }
    if (/\((e|es)\)|·/.test(text)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: 'pas de « (e) » ni de point médian : écrire les deux formes, {il|elle}',
      });
    }
    for (const id of placeholderIds(text)) {
      if (!known.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `le texte cite le champ « {${id}} », qui n’existe pas dans « fields »`,
        });
      }
    }
  }
});

/**
 * A blank pre-filled from « Mon établissement » must hold any value the school may have, or the
 * letter would be refused at its first save (a « date » filled with the school's name).
 */
function checkPrefills(type: z.output<typeof letterTypeObject>, ctx: z.RefinementCtx): void {
  type.fields.forEach((field, index) => {
    if (!field.prefill) return;
    const needed = TEXT_LIMITS[SCHOOL_TEXT_KINDS[field.prefill]];
    if (needed <= blankLimit(field.type)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['fields', index, 'prefill'],
      message: `ce champ garde au plus ${blankLimit(field.type)} caractères\u00a0: il ne peut pas être prérempli depuis «\u00a0Mon établissement\u00a0», dont la valeur peut en compter ${needed}`,
    });
  });
}

/** Each role is held by one field at most, or code could not tell which one to read. */
function checkRoles(type: z.output<typeof letterTypeObject>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  type.fields.forEach((field, index) => {
    if (!field.role) return;
    if (seen.has(field.role)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields', index, 'role'],
        message: `rôle « ${field.role} » donné à deux champs`,
      });
    }
    seen.add(field.role);
  });
}

/** Every text of a letter type that may name blanks, with its path (for error messages). */
function lettersTexts(type: z.output<typeof letterTypeObject>) {
  const texts: { path: (string | number)[]; text: string }[] = [];
  const add = (path: (string | number)[], text: string) => texts.push({ path, text });
  if (type.objet) add(['objet'], type.objet);
  type.vu.forEach((text, i) => add(['vu', i], text));
  type.notes.forEach((text, i) => add(['notes', i], text));
  type.preamble.forEach((text, i) => add(['preamble', i], text));
  type.closing.forEach((text, i) => add(['closing', i], text));
  type.copies.forEach((text, i) => add(['copies', i], text));
  type.signatures.forEach((signature, i) => add(['signatures', i, 'label'], signature.label));
  type.sections.forEach((section, s) =>
    section.blocks.forEach((block, b) => {
      if (block.type === 'paragraph') add(['sections', s, 'blocks', b, 'text'], block.text);
      else block.items.forEach((item, i) => add(['sections', s, 'blocks', b, 'items', i], item));
    }),
  );
  return texts;
}

export type LetterType = z.output<typeof letterTypeSchema>;
export type LetterTypeInput = z.input<typeof letterTypeSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Block = z.output<typeof blockSchema>;
export type ImpBlock = z.output<typeof impBlockSchema>;
export type { Signatory as Signature } from './signatory';
