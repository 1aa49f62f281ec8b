import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../src/lib/document/model';
import { exportPdf } from '../../../src/lib/pdf/export';
import { readPdf } from './pdf-text';
import { LONG_ITEM, fixtureDocument } from './support';
import { dataUrlOf, pngBytes } from '../support/images';
import { downloadLetterPdf, logoMessage } from '../../../src/lib/pdf/download-pdf';
import { filledLetter, rates } from '../document/fixture';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

async function exported(doc: LetterDocument) {
  const result = await exportPdf(doc);
  if (!result.ok) throw new Error(`missing characters: ${result.missing.join(' ')}`);
  const bytes = new Uint8Array(await result.blob.arrayBuffer());
  return { result, bytes, raw: Buffer.from(bytes).toString('latin1'), pdf: await readPdf(bytes) };
}

/** All the text, lines joined by a space: line breaks only ever replace a space. */
const flat = (pages: string[]) => pages.join('\n').replace(/\n/g, ' ');

/** Asserts `parts` appear in `text` in this order. */
function expectInOrder(text: string, parts: readonly string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `« ${part.slice(0, 40)} » after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

/** The fixture letter with a paragraph of œ and high punctuation, before the signatures. */
function typographyDocument(): LetterDocument {
  const doc = fixtureDocument();
  const at = doc.blocks.findIndex((block) => block.kind === 'signatures');
  const text = `Au cœur de l’œuvre${NNBSP}; Œdipe${NNBSP}! Objet${NBSP}: « vœux ».`;
  doc.blocks.splice(at, 0, { kind: 'paragraph', text });
  return doc;
}

describe('the exported PDF of the fixture letter', async () => {
  const doc = typographyDocument();
  const { result, raw, pdf } = await exported(doc);
  const text = flat(pdf.pages);

  it('is a PDF named after the letter', () => {
    expect(result).toMatchObject({ ok: true, fileName: doc.meta.fileName });
    expect(result.ok && result.blob.type).toBe('application/pdf');
    expect(raw.startsWith('%PDF-')).toBe(true);
  });

  it('prints every filled value and every mission item, in order', () => {
    expectInOrder(text, [
      'Académie de Créteil',
      'Collège Jean Moulin',
      'UAI',
      'Melun, le 22 novembre 2026',
      'Décrochage scolaire',
      'Année scolaire 2025-2026',
      'Vu la circulaire n° 2013-035 du 29 mars 2013',
      'Jeanne Dupont',
      'Contribuer au diagnostic.',
      'Participer au GPDS.',
      'Rédiger le bilan avant le 1er juin 2027.',
      'Une formation académique.',
      `1${NNBSP}250${NBSP}€`,
      'IMP 9073',
      '138,89',
      'Jeanne Dupont',
      // The stamp's frame in the room to sign, above the name signed over.
      'Cachet de l’établissement',
      'Mme Martin',
      'ce.77mlds@ac-creteil.fr',
    ]);
  });

  it('keeps ’ œ « » € and both no-break spaces as those exact code points', () => {
    expect(text).toContain('l’établissement');
    expect(text).toContain(`Au cœur de l’œuvre${NNBSP}; Œdipe${NNBSP}! Objet${NBSP}:`);
    expect(text).toContain(`«${NBSP}Décrochage scolaire${NBSP}»`);
    expect(text).toContain(`1${NNBSP}250${NBSP}€`);
    expect(text).toContain(`UAI${NBSP}:`);
  });

  it('reads as ordinary spaces in pdf.js’s text layer (getTextContent)', () => {
    // pdf.js turns every whitespace glyph into U+0020 there, with or without its
    // `disableNormalization` option: the PDF itself maps them to U+00A0 and U+202F (above).
    const layer = flat(pdf.textLayerPages);
    expect(layer).toContain('«\u0020Décrochage scolaire\u0020»');
    expect(layer).toContain('1\u0020250\u0020€');
    expect(layer).not.toMatch(/[\u00a0\u202f]/);
  });

  it('embeds DejaVu Sans and no standard font', () => {
    expect(raw).toContain('/FontFile2');
    const fonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>[\]()]+)/g)].map((match) => match[1]);
    expect(new Set(fonts)).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold']));
    expect(raw).not.toMatch(/Helvetica|Times|Courier|Symbol|ZapfDingbats/);
  });

  it('carries its title, subject, author, creator and language, no-break spaces kept', () => {
    expect(doc.meta.title).toContain(NBSP);
    expect(pdf.info).toMatchObject({
      Title: doc.meta.title,
      Subject: doc.meta.subject,
      Author: 'Collège Jean Moulin',
      Creator: 'Lettres de mission',
      Language: 'fr-FR',
    });
    expect(raw).toContain('/Lang (fr-FR)');
  });
});

describe('the exported PDF of a letter with a 10 000-character item', async () => {
  const { pdf } = await exported(fixtureDocument({ longItem: true }));

  it('runs over several pages, each numbered « n/N »', () => {
    const count = pdf.pages.length;
    expect(count).toBeGreaterThan(1);
    pdf.pages.forEach((page, index) => {
      expect(page.split('\n')).toContain(`${index + 1}/${count}`);
    });
  });

  it('prints the item whole, then the rest of the letter', () => {
    const body = pdf.pages.map((page) => page.replace(/\n\d+\/\d+$/, ''));
    const text = flat(body).replace(/\s/g, '');
    const item = LONG_ITEM.replace(/\s/g, '');
    expectInOrder(text, ['Rédigerlebilan', item, 'Uneformationacadémique.', 'MmeMartin']);
  });
});

describe('exportPdf', () => {
  it('refuses a letter with characters the font cannot draw, naming them', async () => {
    const doc = fixtureDocument();
    doc.blocks.push({ kind: 'paragraph', text: 'Réunion 😀 au 中' });
    expect(await exportPdf(doc)).toEqual({ ok: false, missing: ['😀', '中'] });
  });
});

describe('the exported PDF of a letter with the school’s logo', async () => {
  const logo = { dataUrl: dataUrlOf(pngBytes(120, 60, [200, 30, 30])), width: 120, height: 60 };
  const doc = fixtureDocument();
  const head = doc.blocks[0];
  if (head?.kind !== 'letterhead') throw new Error('the letterhead comes first');
  head.logo = logo;
  const { pdf, bytes } = await exported(doc);

  it('paints the image on the first page only, the letter’s text all there', () => {
    expect(pdf.images[0]).toBe(1);
    expect(pdf.images.slice(1).every((count) => count === 0)).toBe(true);
    expectInOrder(flat(pdf.pages), ['Académie de Créteil', 'Collège Jean Moulin', 'Mme Martin']);
  });

  it('stays small: the image is stored compressed', async () => {
    const { bytes: plain } = await exported(fixtureDocument());
    expect(bytes.length - plain.length).toBeLessThan(5_000);
  });
});

describe('a logo jsPDF cannot decode', () => {
  it('gives a message that says what to change, the letter untouched', async () => {
    const broken = {
      dataUrl: `data:image/png;base64,iVBORw0KGgo${'A'.repeat(41)}=`,
      width: 10,
      height: 10,
    };
    const letter = filledLetter();
    const before = structuredClone(letter);
    expect(await downloadLetterPdf(letter, rates, { logo: broken })).toEqual({
      ok: false,
      message: logoMessage,
    });
    expect(letter).toEqual(before);
  });
});
