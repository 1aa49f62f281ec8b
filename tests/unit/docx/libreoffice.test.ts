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
import type { PopplerLine } from '../pdf/poppler-lines';
import { horizontalRules, inkBox, pageImage, verticalRules } from './page-image';
import { pageLines, signatureBreaks, tableBreaks, tablePlaces } from './page-places';
import { LOGO_RGB, SLIDES, slidingTable } from './sliding-table';

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
  /** LibreOffice's PDF, and its lines as poppler lays them out. */
  pdf: Uint8Array;
  lines: PopplerLine[];
}

/** A letter whose table, signatures and copies slide down the pages (`sliding-table.ts`). */
interface Sliding {
  doc: LetterDocument;
  pdf: Uint8Array;
  lines: PopplerLine[];
}

const slugs = seedModels.map(({ slug }) => slug);
const letters = new Map<string, Letter>();
/** LibreOffice's PDF of a letter with lone surrogates in its text (see `broken-text.ts`). */
let brokenText: PdfReading | undefined;
const sliding: Sliding[] = [];
/** Our own PDF of the first sliding letter, its logo as the PDF draws it. */
let oursSliding: Uint8Array | undefined;

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
  const slides = await Promise.all(
    Array.from({ length: SLIDES + 1 }, async (_, pushed) => {
      const doc = slidingTable(pushed);
      return { doc, docx: new Uint8Array(await (await exportDocx(doc)).arrayBuffer()) };
    }),
  );
  const ourSlide = await exportPdf(slides[0]?.doc ?? slidingTable(0));
  if (ourSlide.ok) oursSliding = new Uint8Array(await ourSlide.blob.arrayBuffer());
  // One LibreOffice run for every file: its start is the slow part.
  const printed = await printWithLibreOffice(
    {
      ...Object.fromEntries(made.map(({ slug, docx }) => [slug, docx])),
      'broken-text': broken,
      ...Object.fromEntries(slides.map(({ docx }, pushed) => [`sliding-${pushed}`, docx])),
    },
    LIBREOFFICE_MS - 20_000,
  );
  for (const [pushed, { doc }] of slides.entries()) {
    const pdf = printed[`sliding-${pushed}`];
    if (!pdf) throw new Error(`LibreOffice printed no PDF for sliding-${pushed}`);
    sliding.push({ doc, pdf, lines: await pageLines(pdf) });
  }
  const brokenPdf = printed['broken-text'];
  if (brokenPdf) brokenText = await readPdf(brokenPdf);
  for (const { slug, doc, ours } of made) {
    const pdf = printed[slug];
    if (!pdf) throw new Error(`LibreOffice printed no PDF for ${slug}`);
    letters.set(slug, {
      doc,
      ours,
      libreOffice: await readPdf(pdf),
      pdf,
      lines: await pageLines(pdf),
    });
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

/** The logo's own colour, give or take what a JPEG-free PNG painted by poppler may shift. */
const logoInk = ([r, g, b]: [number, number, number]) =>
  Math.abs(r - LOGO_RGB[0]) + Math.abs(g - LOGO_RGB[1]) + Math.abs(b - LOGO_RGB[2]) < 40;

describe('the school’s logo, in the DOCX opened in LibreOffice', () => {
  it('shows whole, at our PDF’s size: 5 × 2,5 cm for a logo twice as wide as tall', async () => {
    const [first] = sliding;
    if (!first || !oursSliding) throw new Error('the letters were printed');
    const seen = inkBox(await pageImage(first.pdf, 1), logoInk);
    const ours = inkBox(await pageImage(oursSliding, 1), logoInk);
    expect(ours?.width).toBeCloseTo(50, 0);
    expect(ours?.height).toBeCloseTo(25, 0);
    expect(seen?.width).toBeCloseTo(ours?.width ?? NaN, 0);
    expect(seen?.height).toBeCloseTo(ours?.height ?? NaN, 0);
  });
});

/** Ruled lines across the table: longer than any other line a letter draws. */
const TABLE_RULE_MM = 160;

describe('the IMP table, in the DOCX opened in LibreOffice', () => {
  const withTable = () =>
    [
      ...slugs.map((slug) => letterOf(slug)),
      ...sliding.filter((_, pushed) => pushed % 8 === 0),
    ].filter(({ doc }) => doc.blocks.some((block) => block.kind === 'table'));

  it('is ruled: a line between rows across the text width, one at each side of each column, on each page', async () => {
    expect(withTable().length, 'letters with a table').toBeGreaterThan(3);
    for (const { doc, pdf, lines } of withTable()) {
      const table = doc.blocks.find((block) => block.kind === 'table');
      if (table?.kind !== 'table') continue;
      const { headers, rows } = tablePlaces(lines, table);
      expect(headers.length, doc.meta.title).toBeGreaterThan(0);
      for (const { page } of headers) {
        const image = await pageImage(pdf, page);
        const across = horizontalRules(image, TABLE_RULE_MM);
        const shown = rows.filter((row) => row.page === page).length;
        // Above the header row, then under it and under each row shown on that page.
        expect(across, `${doc.meta.title}, page ${page}`).toHaveLength(shown + 2);
        const [top = 0, bottom = 0] = [across[0], across.at(-1)];
        const down = verticalRules(image, top + 0.5, bottom - 0.5);
        expect(down, `${doc.meta.title}, page ${page}`).toHaveLength(table.columns.length + 1);
      }
    }
  });

  it('repeats its header row on a page it runs onto, and never ends a page with it nor starts one with its total', () => {
    const faults = sliding.flatMap(({ doc, lines }, pushed) =>
      tableBreaks(lines, doc).map((fault) => `${pushed} lines pushed: ${fault}`),
    );
    expect(faults).toEqual([]);
    // The letters do meet the case: a table running onto a second page.
    const runOn = sliding.filter(({ doc, lines }) => {
      const table = doc.blocks.find((block) => block.kind === 'table');
      return table?.kind === 'table' && tablePlaces(lines, table).headers.length > 1;
    });
    expect(runOn.length).toBeGreaterThan(0);
  });
});

describe('the signatures and copies, in the DOCX opened in LibreOffice', () => {
  it('never open a page alone; « Copie : » and its list stay together, with the last signature', () => {
    const faults = [
      ...slugs.map((slug) => [slug, letterOf(slug)] as const),
      ...sliding.map((letter, pushed) => [`${pushed} lines pushed`, letter] as const),
    ].flatMap(([name, { doc, lines }]) =>
      signatureBreaks(lines, doc).map((fault) => `${name}: ${fault}`),
    );
    expect(faults).toEqual([]);
  });
});
