import { beforeAll, describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../src/lib/document/model';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportDocx } from '../../../src/lib/docx/export';
import { exportPdf } from '../../../src/lib/pdf/export';
import { readPdf, type PdfReading } from '../pdf/pdf-text';
import { rates } from '../document/fixture';
import { brokenTextDocument, mended } from './broken-text';
import { printWithLibreOffice } from './libreoffice';
import { firstDifference, pdfWords, squeeze } from './pdf-words';
import { filledLetter, seedModels } from '../support/filled-letters';

/**
 * A secretary opens the DOCX in LibreOffice and finds the letter: each of the five letters taken
 * from real schools is opened by LibreOffice Writer itself (headless) and printed to PDF; pdf.js
 * reads that PDF, and its words are our own PDF's words, in the same order (page numbers,
 * bullets, line breaks and repeated table headers set aside: see `pdf-words.ts`), on about as
 * many pages, with the French apostrophe and guillemets intact. (LibreOffice's PDF gives its
 * no-break spaces U+00A0 and U+202F as plain spaces in the text, as pdf.js's text layer does for
 * ours: the DOCX keeps them, see `mapping.test.ts`.)
 */

/** LibreOffice's first start (a fresh profile) is slow, more so on a loaded machine. */
const LIBREOFFICE_MS = 180_000;

interface Letter {
  doc: LetterDocument;
  ours: PdfReading;
  libreOffice: PdfReading;
}

const slugs = seedModels.map(({ slug }) => slug);
const letters = new Map<string, Letter>();
/** LibreOffice's PDF of a letter with lone surrogates in its text (see `broken-text.ts`). */
let brokenText: PdfReading | undefined;

beforeAll(async () => {
  const made = await Promise.all(
    slugs.map(async (slug) => {
      const doc = toDocument(filledLetter(slug), rates);
      const pdf = await exportPdf(doc);
      if (!pdf.ok) throw new Error(`missing characters: ${pdf.missing.join(' ')}`);
      const docx = new Uint8Array(await (await exportDocx(doc)).arrayBuffer());
      return { slug, doc, docx, ours: await readPdf(new Uint8Array(await pdf.blob.arrayBuffer())) };
    }),
  );
  const broken = new Uint8Array(await (await exportDocx(brokenTextDocument())).arrayBuffer());
  const printed = await printWithLibreOffice(
    { ...Object.fromEntries(made.map(({ slug, docx }) => [slug, docx])), 'broken-text': broken },
    LIBREOFFICE_MS - 20_000,
  );
  const brokenPdf = printed['broken-text'];
  if (brokenPdf) brokenText = await readPdf(brokenPdf);
  for (const { slug, doc, ours } of made) {
    const pdf = printed[slug];
    if (!pdf) throw new Error(`LibreOffice printed no PDF for ${slug}`);
    letters.set(slug, { doc, ours, libreOffice: await readPdf(pdf) });
  }
}, LIBREOFFICE_MS);

const letterOf = (slug: string): Letter => {
  const letter = letters.get(slug);
  if (!letter) throw new Error(`no letter ${slug}`);
  return letter;
};

/**
 * How many times each of ’ « » appears in a PDF's text (its exact code points), the table's
 * header row drawn again atop a page the table runs onto set aside, as `pdfWords` does: « d’IMP »
 * of a repeated header is layout, not a character of the letter.
 */
const typography = (reading: PdfReading, doc: LetterDocument) => {
  const text = pdfWords(reading.pages, doc);
  return Object.fromEntries(['’', '«', '»'].map((mark) => [mark, text.split(mark).length - 1]));
};

describe.each(slugs)('the letter %s opened in LibreOffice', (slug) => {
  it('shows the same words, in the same order, as our PDF', () => {
    const { doc, ours, libreOffice } = letterOf(slug);
    const fromLibreOffice = pdfWords(libreOffice.textLayerPages, doc);
    const fromOurs = pdfWords(ours.textLayerPages, doc);
    expect(fromOurs.length, 'the letter prints something').toBeGreaterThan(1000);
    expect(
      fromLibreOffice === fromOurs,
      firstDifference(['LibreOffice', 'our PDF'], fromLibreOffice, fromOurs),
    ).toBe(true);
  });

  it('takes as many pages as our PDF, give or take one, each numbered « Page n sur N »', () => {
    const { ours, libreOffice } = letterOf(slug);
    const count = libreOffice.pages.length;
    expect(Math.abs(count - ours.pages.length)).toBeLessThanOrEqual(1);
    const footers = libreOffice.textLayerPages.map((page) =>
      page.split('\n').filter((item) => /^Page \d+ sur \d+$/.test(item.trim())),
    );
    expect(footers).toEqual(footers.map((_, index) => [`Page ${index + 1} sur ${count}`]));
  });

  it('keeps every ’ « » of our PDF as those characters', () => {
    const { doc, ours, libreOffice } = letterOf(slug);
    expect(typography(ours, doc)['’'], 'the letter has apostrophes').toBeGreaterThan(0);
    expect(typography(libreOffice, doc)).toEqual(typography(ours, doc));
  });
});

describe('a letter with halves of characters in its text, opened in LibreOffice', () => {
  it('opens, and shows its texts whole', () => {
    expect(brokenText, 'LibreOffice printed it').toBeDefined();
    const text = squeeze(brokenText?.textLayerPages ?? []);
    for (const whole of mended) expect(text).toContain(squeeze([whole]));
    expect(text).not.toContain('\ufffd');
  });
});
