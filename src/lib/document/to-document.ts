import { impComputedValues } from '../imp';
import type { ImpRate } from '../schemas/imp-rate';
import type { Item, Letter, LetterSection } from '../schemas/letter';
import { cleanInvisible } from '../text/clean-invisible';
import { frenchTypography } from '../text/typography';
import { typesetter, type Typeset } from './fill';
import { letterFileName } from './file-name';
import { impBlocks } from './imp-table';
import { impWording } from './imp-wording';
import { letterhead } from './letterhead';
import type { DocBlock, DocImage, DocMeta, LetterDocument } from './model';
import { signatureBlocks, type Signing } from './signatures';
import { printedValues } from './values';
import { headingValues } from './heading-values';
import { addresseeBlocks, copiesBlocks, objetBlocks, vuLine } from './parts';
import { personGender, personName, roleField, roleValue } from './roles';

/** A preamble line that only gives the school year (« Année scolaire {anneeScolaire} »). */
const schoolYearLine =
  /^\s*année scolaire\s*:?\s*(?:\{anneeScolaire\}|\d{4}\s*[-–]\s*\d{4})\s*\.?\s*$/i;

/** Whether a text prints anything: one of only spaces or invisible characters does not. */
const filled = (text: string) => cleanInvisible(text).trim() !== '';

/** What a letter does not hold but prints: the school's images, kept in « Mon établissement ». */
export interface DocumentOptions {
  logo?: DocImage | null | undefined;
  /**
   * The head's signature and the school's stamp, given only when she chose « Apposer ma
   * signature et le cachet »: placed in her signing space.
   */
  signing?: Signing | null | undefined;
  /** Exported although the check before the PDF listed points: marked as a draft. */
  draft?: boolean | undefined;
}

/**
 * How the letter writes any of its texts: blanks filled with its values, agreement with its
 * civilité, French typography, and its IMP phrases as they are true (« 1,5 IMP (hors taux
 * usuel), soit 1 875 € par an »). The document and the IMP summary both read texts through it.
 */
export function letterTypesetter(letter: Letter, rates: readonly ImpRate[]): Typeset {
  const values = { ...headingValues(letter.school), ...printedValues(letter) };
  const fill = typesetter(values, impComputedValues(letter, rates), personGender(letter));
  // « 1,5 IMP au taux de 1 875 € » would call an amount a taux: every text says what is true.
  const trueImp = impWording(letter, rates);
  return (text) => fill(trueImp(text));
}

/**
 * The document a letter prints as, in the conventional order: letterhead, addressee, title,
 * school year, « Objet », « Vu … », preamble, sections, closing, IMP table, signatures, copies.
 * Agreement follows the civilité, blanks are filled (dotted leaders when empty), the IMP named
 * truly (`impWording`), French typography applied once to every text; empty items and sections
 * are left out. The logo, given apart, heads the letterhead untouched.
 */
export function toDocument(
  letter: Letter,
  rates: readonly ImpRate[],
  options: DocumentOptions = {},
): LetterDocument {
  const typeset = letterTypesetter(letter, rates);
  const paragraphs = (items: readonly Item[]): DocBlock[] =>
    items.filter((item) => filled(item.text)).map((item) => paragraph(item.text, typeset));

  // Some models open their preamble with « Année scolaire {anneeScolaire} »: print it once,
  // under the title where the seeds have it, not after the « Vu » lines.
  const yearField = roleField(letter.fields, 'anneeScolaire');
  const hasYear = yearField !== undefined;
  const yearItem = hasYear
    ? letter.preamble.find((item) => schoolYearLine.test(cleanInvisible(item.text)))
    : undefined;
  const preamble = letter.preamble.filter((item) => item !== yearItem);
  const vu = letter.vu
    .filter((item) => filled(item.text))
    .map((item) => typeset(vuLine(item.text)));
  const copies = letter.copies
    .filter((item) => filled(item.text))
    .map((item) => typeset(item.text));
  const title = typeset(letter.title);

  const blocks: DocBlock[] = [
    letterhead(letter, typeset, options.logo ?? undefined),
    ...addresseeBlocks(letter, typeset),
    ...(title ? [{ kind: 'title', text: title } as const] : []),
    ...(hasYear
      ? [
          {
            kind: 'subtitle',
            text: typeset(yearItem?.text ?? `Année scolaire {${yearField.id}}`),
          } as const,
        ]
      : []),
    ...objetBlocks(letter, typeset),
    ...(vu.length > 0 ? [{ kind: 'vu', lines: vu } as const] : []),
    ...paragraphs(preamble),
    ...letter.sections.flatMap((section) => sectionBlocks(section, typeset)),
    ...paragraphs(letter.closing),
    ...(letter.imp ? impBlocks(letter.imp, rates, typeset) : []),
    ...signatureBlocks(letter, typeset, options.signing ?? null),
    ...copiesBlocks(copies, typeset),
  ];
  return { meta: meta(letter, title), blocks, ...(options.draft ? { draft: true } : {}) };
}

function paragraph(text: string, typeset: Typeset): DocBlock {
  return { kind: 'paragraph', text: typeset(text) };
}

/** A section's heading and blocks; nothing when it holds no text. */
function sectionBlocks(section: LetterSection, typeset: Typeset): DocBlock[] {
  const body = section.blocks.flatMap((block): DocBlock[] => {
    if (block.type === 'paragraph')
      return filled(block.text) ? [paragraph(block.text, typeset)] : [];
    const items = block.items.filter((item) => filled(item.text)).map((item) => typeset(item.text));
    return items.length > 0 ? [{ kind: 'list', items }] : [];
  });
  if (body.length === 0) return [];
  const heading = typeset(section.title);
  return heading ? [{ kind: 'heading', text: heading }, ...body] : body;
}

/** The PDF's properties: title, « Mission confiée à …, année scolaire … », school, file name. */
function meta(letter: Letter, title: string): DocMeta {
  // Cleaned: the PDF's properties must not carry a pasted invisible character either.
  const person = cleanInvisible(personName(letter)).trim();
  const year = cleanInvisible(roleValue(letter, 'anneeScolaire')).trim();
  const about = [person && `mission confiée à ${person}`, year && `année scolaire ${year}`]
    .filter(Boolean)
    .join(', ');
  const subject = about ? about.charAt(0).toUpperCase() + about.slice(1) : title;
  return {
    title: title || 'Lettre de mission',
    subject: frenchTypography(subject),
    author: frenchTypography(cleanInvisible(letter.school.etablissement)),
    language: 'fr-FR',
    fileName: letterFileName(letter, 'pdf'),
  };
}
