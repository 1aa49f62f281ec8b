import { describe, expect, it } from 'vitest';
import type { DocBlock, LetterDocument } from '../../../../src/lib/document/model';
import { exportPdf } from '../../../../src/lib/pdf/export';
import { openPdfBook, renderPdf } from '../../../../src/lib/pdf/render';
import { setTagging } from '../../../../src/lib/pdf/tagged/switch';
import { fontSets } from 'virtual:pdf-fonts';
import { dataUrlOf, pngBytes } from '../../support/images';
import { fixtureDocument } from '../support';
import { readTags, roleOf, type TagReading } from './read-tags';

/** Text as pdf.js's text layer gives it: every run of white space one space. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

async function tagsOf(doc: LetterDocument): Promise<TagReading> {
  const result = await exportPdf(doc);
  if (!result.ok) throw new Error(`missing characters: ${result.missing.join(' ')}`);
  return readTags(new Uint8Array(await result.blob.arrayBuffer()));
}

const blockOf = <K extends DocBlock['kind']>(doc: LetterDocument, kind: K) =>
  doc.blocks.filter((block): block is Extract<DocBlock, { kind: K }> => block.kind === kind);

function letterWithLogo(): LetterDocument {
  const doc = fixtureDocument();
  const [head] = doc.blocks;
  if (head?.kind === 'letterhead') {
    head.logo = { dataUrl: dataUrlOf(pngBytes(120, 60)), width: 120, height: 60 };
  }
  return doc;
}

describe('the tagged PDF of a letter', async () => {
  const doc = letterWithLogo();
  const tags = await tagsOf(doc);
  const texts = (role: string) =>
    tags.elements.filter((element) => roleOf(element) === role).map((element) => element.text);

  it('puts every text of every page inside marked content, page numbers as artifacts', () => {
    expect(tags.items.length).toBeGreaterThan(50);
    for (const item of tags.items) expect(item.marks, item.text).not.toEqual([]);
    const artifacts = tags.items.filter((item) => item.marks.some((m) => m.tag === 'Artifact'));
    expect(artifacts.map((item) => item.text)).toEqual(['1/2', '2/2']);
  });

  it('ties every other text to an element of the structure tree', () => {
    const tagged = tags.items.filter((item) => !item.marks.some((m) => m.tag === 'Artifact'));
    const read = tags.elements.map((element) => element.text).join(' ');
    for (const item of tagged) {
      expect(item.marks.at(-1)?.id, item.text).toMatch(/_mc\d+$/);
      expect(read).toContain(plain(item.text));
    }
  });

  it('reads the title as the only first-level heading, then the section headings', () => {
    const title = blockOf(doc, 'title')[0]?.text ?? '';
    expect(texts('H1')).toEqual([plain(title)]);
    expect(texts('H2')).toEqual(blockOf(doc, 'heading').map((block) => plain(block.text)));
    expect(tags.elements.every((element) => element.path.startsWith('Document/'))).toBe(true);
  });

  it('reads the missions as lists of items, each with its bullet and its text', () => {
    const items = blockOf(doc, 'list').flatMap((block) => block.items.map(plain));
    expect(texts('LBody')).toEqual(items);
    expect(texts('Lbl')).toEqual(items.map(() => '•'));
    const paths = tags.elements.filter((element) => roleOf(element) === 'LBody');
    expect(new Set(paths.map((element) => element.path))).toEqual(new Set(['Document/L/LI/LBody']));
  });

  it('reads the IMP table with its caption, column headers and cells, row by row', () => {
    const [table] = blockOf(doc, 'table');
    expect(texts('Caption')).toEqual([plain(table?.caption ?? '')]);
    expect(texts('TH')).toEqual(table?.columns.map(plain));
    // Every cell, an empty one too: a reader keeps each value under its column.
    expect(texts('TD')).toEqual(table?.rows.flat().map(plain));
    const header = tags.elements.find((element) => roleOf(element) === 'TH');
    expect(header?.path).toBe('Document/Table/TR/TH');
  });

  it('reads the whole letter in the order it is printed', () => {
    const order = tags.elements.map((element) => roleOf(element));
    const first = (role: string) => order.indexOf(role);
    expect(first('Figure')).toBe(0);
    expect(first('Figure')).toBeLessThan(first('H1'));
    expect(first('H1')).toBeLessThan(first('H2'));
    expect(first('H2')).toBeLessThan(first('LBody'));
    expect(first('LBody')).toBeLessThan(first('Caption'));
    expect(first('Caption')).toBeLessThan(first('TH'));
    const signature = blockOf(doc, 'signatures')[0]?.blocks[0]?.caption ?? '';
    const at = tags.elements.findIndex((element) => element.text === plain(signature));
    expect(at).toBeGreaterThan(first('TD'));
    expect(tags.elements[at]?.path).toBe('Document/Div/Div/P');
  });

  it('gives the logo the school’s name as its text and its place on the page', () => {
    const [figure] = tags.elements.filter((element) => roleOf(element) === 'Figure');
    expect(figure?.path).toBe('Document/Div/Figure');
    expect(figure?.alt).toBe(doc.meta.author);
    const [left, bottom, right, top] = figure?.bbox ?? [];
    // 50 × 25 mm at the top left margin (20 mm), in points.
    expect(left).toBeCloseTo((20 * 72) / 25.4, 1);
    expect(right).toBeCloseTo((70 * 72) / 25.4, 1);
    expect(top).toBeCloseTo(((297 - 20) * 72) / 25.4, 1);
    expect(bottom).toBeCloseTo(((297 - 45) * 72) / 25.4, 1);
  });

  it('declares itself tagged, in French, showing its title, with PDF/UA metadata', () => {
    expect(tags.markInfo?.Marked).toBe(true);
    expect(tags.language).toBe('fr-FR');
    expect(tags.displayDocTitle).toBe(true);
    expect(tags.metadata.get('pdfuaid:part')).toBe('1');
    expect(tags.metadata.get('dc:title')).toBe(doc.meta.title);
    expect(tags.metadata.get('dc:creator')).toEqual([doc.meta.author]);
    expect(tags.metadata.get('dc:description')).toBe(doc.meta.subject);
  });
});

describe('a table longer than a page', async () => {
  const doc = fixtureDocument();
  const table = blockOf(doc, 'table')[0];
  for (let index = 0; table && index < 60; index += 1) {
    table.rows.push([`Ligne ${index}`, 'Mission', '1', '1 250 €', '1 250 €', '138,89 €']);
  }
  const tags = await tagsOf(doc);

  it('reads its header once: drawn again on the next page, it is an artifact there', () => {
    expect(tags.elements.filter((element) => roleOf(element) === 'TH')).toHaveLength(
      table?.columns.length ?? 0,
    );
    const repeated = tags.items.filter(
      (item) => item.text === table?.columns[0] && item.marks.some((m) => m.tag === 'Artifact'),
    );
    expect(repeated.length).toBeGreaterThan(0);
    expect(texts(tags, 'TD')).toContain('Ligne 59');
  });
});

const texts = (tags: TagReading, role: string) =>
  tags.elements.filter((element) => roleOf(element) === role).map((element) => element.text);

describe('a PDF of several letters', async () => {
  const set = fontSets.find((candidate) => candidate.name === 'french');
  const fonts = await set?.load();
  if (!fonts) throw new Error('no French font set');
  const book = openPdfBook(fonts);
  const [one, two] = [fixtureDocument(), fixtureDocument()];
  const first = blockOf(one, 'title')[0];
  if (first) first.text = 'Première lettre';
  book.add(one);
  book.add(two);
  const tags = await readTags(book.finish(one.meta));

  it('reads each letter as a part of the document, in turn', () => {
    const titles = tags.elements.filter((element) => roleOf(element) === 'H1');
    expect(titles.map((element) => element.path)).toEqual(['Document/Part/H1', 'Document/Part/H1']);
    expect(titles.map((element) => element.text)).toEqual([
      'Première lettre',
      plain(blockOf(two, 'title')[0]?.text ?? ''),
    ]);
  });
});

describe('the tagging switch (for the bench only)', async () => {
  const set = fontSets.find((candidate) => candidate.name === 'french');
  const fonts = await set?.load();
  if (!fonts) throw new Error('no French font set');
  setTagging(false);
  const untagged = await readTags(renderPdf(fixtureDocument(), fonts)).finally(() =>
    setTagging(true),
  );
  const tagged = await readTags(renderPdf(fixtureDocument(), fonts));

  it('makes the same letter without any tag when off, tagged again when on', () => {
    expect(untagged.markInfo).toBeNull();
    expect(untagged.elements).toEqual([]);
    expect(tagged.markInfo?.Marked).toBe(true);
    expect(tagged.elements.length).toBeGreaterThan(0);
  });
});

describe('a letter with the head’s signature and the stamp placed', async () => {
  const doc = fixtureDocument();
  const [signatures] = blockOf(doc, 'signatures');
  // The head signs in the space with the stamp's frame (the person's comes first).
  const head = signatures?.blocks.find((block) => block.stamp !== null);
  if (head) {
    const image = (w: number, h: number, alt: string) => ({
      dataUrl: dataUrlOf(pngBytes(w, h, [10, 10, 10])),
      width: w,
      height: h,
      alt,
    });
    head.signatureImage = image(300, 100, 'Signature de Mme\u00a0Nadia Benali');
    head.stampImage = image(200, 200, 'Cachet de l’établissement, Collège Jean Moulin');
  }
  const result = await exportPdf(doc);
  if (!result.ok) throw new Error('missing characters');
  const bytes = new Uint8Array(await result.blob.arrayBuffer());
  const tags = await readTags(bytes);

  it('reads each image as a figure of the head’s signing space, with its text', () => {
    const figures = tags.elements.filter((element) => roleOf(element) === 'Figure');
    expect(figures.map((figure) => [figure.path, figure.alt])).toEqual([
      ['Document/Div/Div/Figure', 'Signature de Mme\u00a0Nadia Benali'],
      ['Document/Div/Div/Figure', 'Cachet de l’établissement, Collège Jean Moulin'],
    ]);
  });

  it('stores two images, each once, small enough to send (a signature adds little)', () => {
    const latin1 = new TextDecoder('latin1').decode(bytes);
    expect(latin1.match(/\/Subtype\s*\/Image/g)).toHaveLength(2);
    // The stamp's label is not printed under its image.
    expect(tags.items.map((item) => item.text).join(' ')).not.toContain(
      'Cachet de l’établissement',
    );
  });
});

describe('a letter signed by typing (no image of the signature)', async () => {
  const doc = fixtureDocument();
  const [signatures] = blockOf(doc, 'signatures');
  const head = signatures?.blocks.find((block) => block.stamp !== null);
  if (head) head.signedLine = 'Signé électroniquement le 8 décembre 2026';
  const tags = await tagsOf(doc);

  it('prints the line in the head’s room to sign, read as a paragraph of her space', () => {
    const line = tags.elements.find((element) => element.text.includes('Signé électroniquement'));
    expect(plain(line?.text ?? '')).toBe('Signé électroniquement le 8 décembre 2026');
    expect(line?.path).toBe('Document/Div/Div/P');
  });
});
