import type { LetterDocument } from '../../../src/lib/document/model';
import { toDocument } from '../../../src/lib/document/to-document';
import type { DrawOp, Measure, PageLayout } from '../../../src/lib/pdf/layout';
import { filledLetter, rates } from '../document/fixture';

/** A fake font: every character 0.5 mm wide at 10 pt, in proportion to the size. */
export const fakeMeasure: Measure = (text, _font, size) => [...text].length * 0.05 * size;

export type TextOp = Extract<DrawOp, { kind: 'text' }>;

/** The text ops of a page, in drawing order. */
export const textOps = (page: PageLayout | undefined): TextOp[] =>
  (page?.ops ?? []).filter((op): op is TextOp => op.kind === 'text');

/** Left and right edges of a text op, whatever its alignment. */
export function extent(op: TextOp, measure: Measure = fakeMeasure): [number, number] {
  const width = measure(op.text, op.font, op.size);
  if (op.align === 'right') return [op.x - width, op.x];
  if (op.align === 'center') return [op.x - width / 2, op.x + width / 2];
  return [op.x, op.x + width];
}

/** A letter with only the given blocks and plain properties. */
export function docOf(blocks: LetterDocument['blocks']): LetterDocument {
  return {
    meta: {
      title: 'Lettre de mission',
      subject: 'Sujet',
      author: 'Collège',
      language: 'fr-FR',
      fileName: 'lettre.pdf',
    },
    blocks,
  };
}

/** Words of some French prose, `count` of them. */
export function words(count: number, stem = 'mot'): string {
  return Array.from({ length: count }, (_, index) => `${stem}${index}`).join(' ');
}

/** An item of 10 000 characters: words, then a run with no space at all. */
export const LONG_ITEM = `${words(900, 'm').slice(0, 6000)} ${'x'.repeat(3999)}`.slice(0, 10_000);

/** The fixture letter, filled in, as a document; with a 10 000-character item when asked. */
export function fixtureDocument(options: { longItem?: boolean } = {}): LetterDocument {
  const letter = filledLetter();
  const [rectorat] = letter.imp?.lines ?? [];
  if (rectorat) Object.assign(rectorat, { count: 1, taux: 3 });
  const doc = toDocument(letter, rates);
  if (!options.longItem) return doc;
  const list = doc.blocks.find((block) => block.kind === 'list');
  if (list?.kind === 'list') list.items.push(LONG_ITEM);
  return doc;
}
