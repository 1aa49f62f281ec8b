import type { LetterDocument } from '../../../src/lib/document/model';
import { toDocument } from '../../../src/lib/document/to-document';
import { rates } from '../document/fixture';
import { filledLetter } from '../support/filled-letters';
import { dataUrlOf, pngBytes } from '../support/images';

/** The logo's colour, found again on the printed page: no text nor line is drawn in it. */
export const LOGO_RGB: [number, number, number] = [0, 80, 160];

/** A logo twice as wide as tall: in the box of 5 × 2,5 cm, it takes all of it. */
export const LOGO = { dataUrl: dataUrlOf(pngBytes(120, 60, LOGO_RGB)), width: 120, height: 60 };

/** How many lines of text at most are pushed before the table: more than a page holds. */
export const SLIDES = 56;

/**
 * The Cordée référente's letter with the logo and an IMP table of four lines and a total, then
 * the signatures and copies, with `pushed` lines of text before the table: from 0 to `SLIDES`,
 * the table, signatures and copies fall at every height of a page, a line (5 mm) at a time, and
 * every page break they can meet is met.
 */
export function slidingTable(pushed: number): LetterDocument {
  const letter = filledLetter('referent-cordee-de-la-reussite');
  const lines = letter.imp?.lines ?? [];
  const [first] = lines;
  if (!first) throw new Error('the Cordée letter has IMP lines');
  lines.push(
    { ...first, id: 'tutorat', mission: 'Tutorat des élèves de seconde, suivi des binômes' },
    { ...first, id: 'sorties', mission: 'Sorties et visites' },
  );
  const doc = toDocument(letter, rates, { logo: LOGO });
  const at = doc.blocks.findIndex((block) => block.kind === 'table');
  const text = Array.from({ length: pushed }, (_, index) => `Ligne poussée ${index + 1}`);
  if (pushed > 0) doc.blocks.splice(at, 0, { kind: 'paragraph', text: text.join('\n') });
  return doc;
}
