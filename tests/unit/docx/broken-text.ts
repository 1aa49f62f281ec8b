import type { LetterDocument } from '../../../src/lib/document/model';
import { docOf } from '../pdf/support';

/** Half of an emoji, each half alone: what a paste cut in the middle of « 😀 » leaves. */
export const HIGH = '\ud83d';
export const LOW = '\ude00';

/**
 * A letter whose texts hold lone surrogates where a user cannot see them: in the school's name
 * and the author, the title, a paragraph, a list item and a table cell; and a whole emoji, which
 * must stay (at the end of its line: LibreOffice draws it in a font of its own, which pdf.js
 * reads after the line's other text).
 */
export function brokenTextDocument(): LetterDocument {
  const doc = docOf([
    { kind: 'letterhead', sender: [`Collège${HIGH} Pasteur`], placeDate: 'Lyon, le 2 mai 2026' },
    { kind: 'title', text: `Lettre${LOW} de mission` },
    { kind: 'paragraph', text: `avant${HIGH}après, fin${LOW}${HIGH}` },
    { kind: 'list', items: [`mission${LOW} une, gardée 😀`] },
    {
      kind: 'table',
      caption: 'IMP',
      columns: ['Mission', 'Taux'],
      rows: [[`tutorat${HIGH}`, '3']],
    },
  ]);
  return { ...doc, meta: { ...doc.meta, title: `Lettre${HIGH}`, author: `Collège${LOW} Pasteur` } };
}

/** The texts a reader must find once the halves are dropped. */
export const mended = [
  'Collège Pasteur',
  'Lettre de mission',
  'avantaprès, fin',
  'mission une, gardée 😀',
  'tutorat',
];
