import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { readPdf } from '../pdf/pdf-text';
import { rates } from '../document/fixture';
import { docxOf } from './support';
import { firstDifference, pdfWords, squeeze } from './pdf-words';
import { filledLetter, seedModels } from '../support/filled-letters';

/**
 * The DOCX says what the PDF says: for each of the five letters taken from real schools, the
 * words of `word/document.xml` are the words pdf.js reads from the PDF (`getTextContent`), in
 * the same order. Only what the PDF layout adds is set aside (see `pdf-words.ts`): the page
 * numbers and bullets it draws as text (the DOCX has them as a footer field and a list's
 * numbering), its line breaks, and the table's header row it draws again atop a page the table
 * runs onto (Word repeats the one header row itself).
 */

describe.each(seedModels.map(({ slug }) => slug))('the letter %s', (slug) => {
  it('has the same words, in the same order, in its DOCX and its PDF', async () => {
    const doc = toDocument(filledLetter(slug), rates);
    const pdf = await exportPdf(doc);
    if (!pdf.ok) throw new Error(`missing characters: ${pdf.missing.join(' ')}`);
    const reading = await readPdf(new Uint8Array(await pdf.blob.arrayBuffer()));
    const docx = await docxOf(doc);

    const fromDocx = squeeze(docx.paragraphs);
    const fromPdf = pdfWords(reading.textLayerPages, doc);
    expect(fromDocx.length, 'the letter prints something').toBeGreaterThan(1000);
    expect(fromDocx === fromPdf, firstDifference(['DOCX', 'PDF'], fromDocx, fromPdf)).toBe(true);
  });
});
