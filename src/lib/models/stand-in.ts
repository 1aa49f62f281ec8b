import type { Letter } from '../schemas/letter';
import type { LetterType } from '../schemas/letter-type';

const texts = (items: readonly { text: string }[]) => items.map((item) => item.text);

/**
 * The model a letter stands on when its user model was deleted: the letter's own copy of every
 * part, so the editor opens it as it is. « Revenir au modèle » then brings the letter back to
 * the parts it had when opened; the head's notes are gone with the model.
 */
export function modelOfLetter(letter: Letter): LetterType {
  return {
    title: letter.title,
    mission: letter.title,
    kind: letter.kind,
    summary: letter.title,
    audience: '',
    authority: '',
    provenance: { kind: 'user' },
    fields: letter.fields.map((field) => ({ ...field })),
    ...(letter.objet ? { objet: letter.objet } : {}),
    vu: texts(letter.vu),
    preamble: texts(letter.preamble),
    sections: letter.sections.map((section) => ({
      id: section.modelSection ?? section.id,
      title: section.title,
      titleAdded: false,
      blocks: section.blocks.map((block) =>
        block.type === 'paragraph'
          ? { type: 'paragraph' as const, text: block.text }
          : { type: 'list' as const, items: texts(block.items) },
      ),
    })),
    closing: texts(letter.closing),
    ...(letter.imp
      ? {
          imp: {
            ...(letter.imp.stsCode ? { stsCode: letter.imp.stsCode } : {}),
            ...(letter.imp.note ? { note: letter.imp.note } : {}),
            columns: letter.imp.lines.map((line) => ({
              id: line.id,
              heading: line.heading,
              mission: line.mission,
              provenance: line.provenance !== null,
              fundedBy: 'etablissement' as const,
            })),
          },
        }
      : {}),
    signatures: letter.signatures.map(({ id: _id, ...signature }) => signature),
    copies: texts(letter.copies),
    notes: [],
    references: [],
  };
}
