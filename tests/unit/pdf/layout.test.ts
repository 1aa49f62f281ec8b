import { describe, expect, it } from 'vitest';
import type { DocBlock } from '../../../src/lib/document/model';
import { layoutDocument } from '../../../src/lib/pdf/layout';
import { PAGE, type Measure } from '../../../src/lib/pdf/page';
import { LONG_ITEM, docOf, extent, fakeMeasure, fixtureDocument, textOps, words } from './support';
import type { DocImage } from '../../../src/lib/document/model';
import { dataUrlOf, pngBytes } from '../support/images';

/** A wider fake font, 2 mm a character at 10 pt, so that 10 000 characters fill pages. */
const wideMeasure: Measure = (text, _font, size) => [...text].length * 0.2 * size;
const layout = (blocks: DocBlock[]) => layoutDocument(docOf(blocks), fakeMeasure);
const filler = (count: number): DocBlock[] =>
  Array.from({ length: count }, (_, index) => ({ kind: 'paragraph', text: `Ligne ${index}` }));
/** Index of the page drawing a text op equal to `text`, -1 when none. */
const pageOf = (pages: ReturnType<typeof layout>, text: string) =>
  pages.findIndex((page) => textOps(page).some((op) => op.text === text));

const signatures: DocBlock = {
  kind: 'signatures',
  blocks: [
    {
      caption: 'L’intéressé(e)',
      lines: ['Vu et pris connaissance, le …'],
      name: 'Claire Dubois',
      stamp: null,
    },
    {
      caption: 'La principale',
      lines: [],
      name: 'Mme Martin',
      stamp: 'Cachet de l’établissement',
    },
  ],
};

describe('layoutDocument', () => {
  it('keeps every op of a long letter within the margins and above the footer', () => {
    const pages = layoutDocument(fixtureDocument({ longItem: true }), wideMeasure);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      for (const op of textOps(page)) {
        const [left, right] = extent(op, wideMeasure);
        expect(left).toBeGreaterThanOrEqual(PAGE.left - 1e-9);
        expect(right).toBeLessThanOrEqual(PAGE.right + 1e-9);
        if (!/^\d+\/\d+$/.test(op.text)) expect(op.y).toBeLessThanOrEqual(PAGE.bottom);
      }
    }
  });

  it('sets the sender top left, « Ville, le … » top right and the title centred in bold', () => {
    const [first] = layoutDocument(fixtureDocument(), fakeMeasure);
    const ops = textOps(first);
    const sender = ops.find((op) => op.text === 'Académie de Créteil');
    const date = ops.find((op) => op.text === 'Melun, le 22 novembre 2026');
    expect(sender).toMatchObject({ x: PAGE.left, font: 'bold' });
    expect(date).toMatchObject({ x: PAGE.right, align: 'right', y: sender?.y });
    const title = ops.find((op) => op.text.startsWith('Lettre de mission du référent'));
    expect(title).toMatchObject({ x: PAGE.width / 2, align: 'center', font: 'bold' });
  });

  it('hangs list items after a bullet', () => {
    const [page] = layout([{ kind: 'list', items: [words(60)] }]);
    const ops = textOps(page);
    const bullet = ops.find((op) => op.text === '•');
    const lines = ops.filter((op) => op.text.startsWith('mot'));
    expect(lines.length).toBeGreaterThan(1);
    expect(new Set(lines.map((op) => op.x)).size).toBe(1);
    expect(bullet?.x).toBeLessThan(lines[0]?.x ?? 0);
    expect(bullet?.y).toBe(lines[0]?.y);
  });

  it('never leaves a heading alone at the foot of a page: it goes on with two lines', () => {
    let moved = 0;
    for (let count = 30; count < 60; count += 1) {
      // Text long enough after the heading that tighter spaces never save its page.
      const next = words(800);
      const pages = layout([
        ...filler(count),
        { kind: 'heading', text: 'Moyens' },
        ...[next].map((text) => ({ kind: 'paragraph', text }) as const),
      ]);
      const heading = pageOf(pages, 'Moyens');
      const body = textOps(pages[heading]).filter((op) => op.text.startsWith('mot'));
      expect(body.length).toBeGreaterThanOrEqual(2);
      if (heading > 0 && pageOf(pages, `Ligne ${count - 1}`) === heading - 1) moved += 1;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('moves a signature block that does not fit, whole, to the next page', () => {
    let moved = 0;
    for (let count = 30; count < 60; count += 1) {
      const pages = layout([...filler(count), signatures]);
      const texts = ['L’intéressé(e)', 'Mme Martin', 'Cachet de l’établissement'];
      const on = texts.map((text) => pageOf(pages, text));
      expect(new Set(on).size).toBe(1);
      const page = pages[on[0] ?? -1];
      const stamp = page?.ops.find((op) => op.kind === 'rect');
      expect(stamp && stamp.kind === 'rect' && stamp.y + stamp.h).toBeLessThanOrEqual(PAGE.bottom);
      if ((on[0] ?? 0) > pageOf(pages, 'Ligne 0')) moved += 1;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('keeps the signatures with the last two lines of the paragraph before them', () => {
    let split = 0;
    for (let count = 30; count < 60; count += 1) {
      const pages = layout([...filler(count), { kind: 'paragraph', text: words(400) }, signatures]);
      const page = pageOf(pages, 'L’intéressé(e)');
      const body = textOps(pages[page]).filter((op) => op.text.startsWith('mot'));
      expect(body.length, `${count} lines before`).toBeGreaterThanOrEqual(2);
      expect(body.at(-1)?.text).toMatch(/mot399$/);
      const first = textOps(pages[page]).find((op) => op.y < PAGE.footer);
      expect(first?.text).not.toBe('L’intéressé(e)');
      const opening = pages.findIndex((each) =>
        textOps(each).some((op) => op.text.startsWith('mot0 ')),
      );
      if (opening < page) split += 1;
    }
    expect(split).toBeGreaterThan(0);
  });

  it('keeps the signatures with a one-line paragraph, and with a table’s last row', () => {
    for (let count = 30; count < 60; count += 1) {
      const table: DocBlock = {
        kind: 'table',
        caption: 'IMP',
        columns: ['Mission', 'Montant'],
        rows: [['Coordination', '1 250 €']],
      };
      for (const before of [{ kind: 'paragraph', text: 'Fin.' } as const, table]) {
        const pages = layout([...filler(count), before, signatures]);
        const last = before.kind === 'table' ? 'Coordination' : 'Fin.';
        expect(pageOf(pages, last), `${count} lines, then ${before.kind}`).toBe(
          pageOf(pages, 'L’intéressé(e)'),
        );
      }
    }
  });

  it('prints an item of 10 000 characters whole, over as many pages as it takes', () => {
    const pages = layoutDocument(docOf([{ kind: 'list', items: [LONG_ITEM] }]), wideMeasure);
    expect(pages.length).toBeGreaterThan(2);
    const printed = pages
      .flatMap((page) => textOps(page).filter((op) => op.text !== '•' && op.y < PAGE.footer))
      .map((op) => op.text)
      .join('');
    expect(printed.replace(/\s/g, '')).toBe(LONG_ITEM.replace(/\s/g, ''));
  });

  it('numbers every page « n/N » in the footer', () => {
    const pages = layout(filler(80));
    expect(pages).toHaveLength(3);
    pages.forEach((page, index) => {
      const footer = textOps(page).filter((op) => op.y === PAGE.footer);
      expect(footer).toEqual([
        expect.objectContaining({ text: `${index + 1}/3`, align: 'center', x: PAGE.width / 2 }),
      ]);
    });
  });
});

describe('the school’s logo', () => {
  const head = (logo?: DocImage): DocBlock => ({
    kind: 'letterhead',
    sender: ['Académie de Créteil', 'Collège Jean Moulin'],
    placeDate: 'Melun, le 22 novembre 2026',
    ...(logo ? { logo } : {}),
  });
  const logoOf = (width: number, height: number): DocImage => ({
    dataUrl: dataUrlOf(pngBytes(width, height)),
    width,
    height,
  });
  const imageOf = (page: ReturnType<typeof layout>[number] | undefined) =>
    page?.ops.filter((op) => op.kind === 'image') ?? [];

  it('sits top left within the margins, 25 mm high and 50 mm wide at most, ratio kept', () => {
    for (const [width, height, w, h] of [
      [400, 100, 50, 12.5],
      [100, 400, 6.25, 25],
      [1, 1, 25, 25],
      [300, 150, 50, 25],
    ] as const) {
      const [page] = layout([head(logoOf(width, height)), { kind: 'title', text: 'Titre' }]);
      const [image, ...more] = imageOf(page);
      expect(more).toEqual([]);
      expect(image).toMatchObject({ kind: 'image', x: PAGE.left, y: PAGE.top, format: 'PNG' });
      if (image?.kind !== 'image') throw new Error('an image op');
      expect(image.w).toBeCloseTo(w, 9);
      expect(image.h).toBeCloseTo(h, 9);
      expect(image.w / image.h).toBeCloseTo(width / height, 9);
      expect(image.x + image.w).toBeLessThanOrEqual(PAGE.right);
    }
  });

  it('puts the sender below it, the date level with the sender, the title further down', () => {
    const [page] = layout([head(logoOf(200, 100)), { kind: 'title', text: 'Titre' }]);
    const [image] = imageOf(page);
    if (image?.kind !== 'image') throw new Error('an image op');
    const ops = textOps(page);
    const sender = ops.find((op) => op.text === 'Académie de Créteil');
    const date = ops.find((op) => op.text.startsWith('Melun'));
    const title = ops.find((op) => op.text === 'Titre');
    // A baseline below the image by more than the glyphs' height: the text clears it.
    expect((sender?.y ?? 0) - (sender?.size ?? 0) * (25.4 / 72)).toBeGreaterThan(image.y + image.h);
    expect(sender?.x).toBe(PAGE.left);
    expect(date?.y).toBe(sender?.y);
    expect(title?.y ?? 0).toBeGreaterThan(sender?.y ?? Infinity);
  });

  it('moves the rest of the letter down by its height, and nothing without one', () => {
    const title = (logo?: DocImage) =>
      textOps(layout([head(logo), { kind: 'title', text: 'Titre' }])[0]).find(
        (op) => op.text === 'Titre',
      )?.y ?? 0;
    expect(title(logoOf(200, 100)) - title()).toBeCloseTo(25 + 3, 9);
    expect(imageOf(layout([head()])[0])).toEqual([]);
  });

  it('says JPEG for a JPEG', () => {
    const jpeg = { dataUrl: 'data:image/jpeg;base64,/9j/4AAQ', width: 10, height: 10 };
    expect(imageOf(layout([head(jpeg)])[0])[0]).toMatchObject({ format: 'JPEG' });
  });
});
