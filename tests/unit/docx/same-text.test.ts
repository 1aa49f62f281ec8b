import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../src/lib/document/model';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { readPdf } from '../pdf/pdf-text';
import { rates } from '../document/fixture';
import { docxOf } from './support';
import { seedLetter, seedModels } from './seed-letters';

/**
 * The DOCX says what the PDF says: for each of the five letters taken from real schools, the
 * words of `word/document.xml` are the words pdf.js reads from the PDF (`getTextContent`), in
 * the same order. Only what the PDF layout adds is set aside: the page numbers and the bullets
 * it draws as text (the DOCX has them as a footer field and a list's numbering), and its line
 * breaks, which fall between words or, for a word wider than its column, inside it, and the
 * table's header row it draws again atop a page the table runs onto (Word repeats the one
 * header row itself). The texts are compared without their spaces, so every character of every
 * word must match, in order.
 */

/** A page's text items, page number and bullets set aside, without spaces. */
const pageText = (page: string) =>
  squeeze(page.split('\n').filter((item) => !/^(\d+\/\d+|•)$/.test(item.trim())));

const squeeze = (texts: readonly string[]) => texts.join(' ').replace(/\s+/g, '');

/** The PDF's text, without the header rows it repeats atop the pages a table runs onto. */
function pdfText(pages: readonly string[], doc: LetterDocument): string {
  const headers = doc.blocks.flatMap((block) =>
    block.kind === 'table' ? [squeeze(block.columns)] : [],
  );
  let text = '';
  for (const page of pages.map(pageText)) {
    const repeated = headers.find((header) => text.includes(header) && page.startsWith(header));
    text += repeated ? page.slice(repeated.length) : page;
  }
  return text;
}

/** Where two squeezed texts part, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return `DOCX « …${a.slice(Math.max(0, at - 40), at + 40)}… » / PDF « …${b.slice(Math.max(0, at - 40), at + 40)}… »`;
}

describe.each(seedModels.map(({ slug }) => slug))('the letter %s', (slug) => {
  it('has the same words, in the same order, in its DOCX and its PDF', async () => {
    const doc = toDocument(seedLetter(slug), rates);
    const pdf = await exportPdf(doc);
    if (!pdf.ok) throw new Error(`missing characters: ${pdf.missing.join(' ')}`);
    const reading = await readPdf(new Uint8Array(await pdf.blob.arrayBuffer()));
    const docx = await docxOf(doc);

    const fromDocx = squeeze(docx.paragraphs);
    const fromPdf = pdfText(reading.textLayerPages, doc);
    expect(fromDocx.length, 'the letter prints something').toBeGreaterThan(1000);
    expect(fromDocx === fromPdf, firstDifference(fromDocx, fromPdf)).toBe(true);
  });
});
