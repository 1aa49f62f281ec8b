/**
 * A draft (a letter exported with « Télécharger le brouillon quand même ») says « BROUILLON »
 * across each of its pages: drawn first, in light grey, under the text, and as a watermark
 * artifact outside the structure tree, so the letter's text in reading order is the same as
 * without the mark. A letter exported as it should be carries no mark.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LetterDocument } from '../../../src/lib/document/model';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { layoutDocument } from '../../../src/lib/pdf/layout';
import { PAGE } from '../../../src/lib/pdf/page';
import { rates } from '../document/fixture';
import { filledLetter } from '../support/filled-letters';
import { readPdf, type PdfReading } from './pdf-text';
import { fakeMeasure } from './support';
import { readTags, type TagReading } from './tagged/read-tags';

const run = promisify(execFile);
const MARK = 'BROUILLON';

/** The MLDS référent's letter (two pages), exported as a draft or not. */
const documentOf = (draft: boolean): LetterDocument =>
  toDocument(filledLetter('referent-decrochage-scolaire'), rates, { draft });

async function bytesOf(doc: LetterDocument): Promise<Uint8Array> {
  const pdf = await exportPdf(doc);
  if (!pdf.ok) throw new Error(`missing characters: ${pdf.missing.join(' ')}`);
  return new Uint8Array(await pdf.blob.arrayBuffer());
}

/** The fill colour of the first text each page shows, as pdf.js gives it (« #d2d2d2 »). */
async function firstTextColours(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(0), verbosity: 0 }).promise;
  const colours: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
    const shown = fnArray.indexOf(OPS.showText);
    const set = fnArray.slice(0, shown).lastIndexOf(OPS.setFillRGBColor);
    colours.push(String((argsArray[set] as unknown[] | undefined)?.[0]));
  }
  await pdf.destroy();
  return colours;
}

describe('the layout of a draft', () => {
  it('opens every page with « BROUILLON » along its diagonal, centred; a letter has none', () => {
    const pages = layoutDocument(documentOf(true), fakeMeasure);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const [first] = page.ops;
      if (first?.kind !== 'mark') throw new Error('the mark is drawn first, under the rest');
      expect(first.text).toBe(MARK);
      expect(first.angle).toBeCloseTo((Math.atan2(PAGE.height, PAGE.width) * 180) / Math.PI);
      // Half the word along its baseline: about the page's centre (the baseline runs a little
      // under the middle of the capitals, which is the centre).
      const half = fakeMeasure(MARK, 'bold', first.size) / 2;
      const radians = (first.angle * Math.PI) / 180;
      const middle = [first.x + half * Math.cos(radians), first.y - half * Math.sin(radians)];
      const [x = 0, y = 0] = middle;
      expect(Math.hypot(x - PAGE.width / 2, y - PAGE.height / 2)).toBeLessThan(15);
    }
    const letter = layoutDocument(documentOf(false), fakeMeasure);
    expect(letter.flatMap((page) => page.ops).some((op) => op.kind === 'mark')).toBe(false);
  });
});

describe('the PDF of a draft', () => {
  let draft: Uint8Array;
  let plain: Uint8Array;
  let reading: PdfReading;
  let tags: TagReading;
  let plainTags: TagReading;
  let dir = '';

  beforeAll(async () => {
    [draft, plain] = await Promise.all([bytesOf(documentOf(true)), bytesOf(documentOf(false))]);
    reading = await readPdf(draft);
    [tags, plainTags] = await Promise.all([readTags(draft), readTags(plain)]);
    dir = await mkdtemp(path.join(tmpdir(), 'draft-mark-'));
    await writeFile(path.join(dir, 'draft.pdf'), draft);
    await writeFile(path.join(dir, 'plain.pdf'), plain);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('draws « BROUILLON » on each page, first, in light grey', async () => {
    expect(reading.pages.length).toBeGreaterThan(1);
    for (const page of reading.pages) expect(page.split('\n')[0]).toBe(MARK);
    expect(await firstTextColours(draft)).toEqual(reading.pages.map(() => '#d2d2d2'));
  });

  it('marks it as an artifact, once a page: no element of the structure tree holds it', () => {
    const marks = tags.items.filter((item) => item.text.includes(MARK));
    expect(marks).toHaveLength(reading.pages.length);
    for (const mark of marks) expect(mark.marks).toEqual([{ tag: 'Artifact', id: null }]);
    expect(tags.elements.some((element) => element.text.includes(MARK))).toBe(false);
    // The letter read in structure order is the same, word for word, as without the mark.
    expect(tags.elements).toEqual(plainTags.elements);
  });

  it('poppler finds it on each page, but not in the text of the structure tree', async () => {
    const pages = reading.pages.length;
    for (let page = 1; page <= pages; page += 1) {
      const { stdout } = await run('pdftotext', [
        '-raw',
        '-f',
        String(page),
        '-l',
        String(page),
        path.join(dir, 'draft.pdf'),
        '-',
      ]);
      // Turned along the diagonal, the word comes out a glyph a line.
      expect(stdout.replace(/\s+/gu, ''), `page ${page}`).toContain(MARK);
    }
    const { stdout: tree } = await run('pdfinfo', ['-struct-text', path.join(dir, 'draft.pdf')]);
    expect(tree).toContain('Nadia Benali');
    expect(tree).not.toContain(MARK);
  });

  it('is not on a letter exported as it should be', async () => {
    const { stdout } = await run('pdftotext', ['-raw', path.join(dir, 'plain.pdf'), '-']);
    expect(stdout.replace(/\s+/gu, '')).not.toContain(MARK);
    expect(plainTags.items.some((item) => item.text.includes(MARK))).toBe(false);
  });
});
