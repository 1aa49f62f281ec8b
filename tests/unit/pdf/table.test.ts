import { describe, expect, it } from 'vitest';
import type { DocBlock } from '../../../src/lib/document/model';
import { layoutDocument } from '../../../src/lib/pdf/layout';
import { PAGE } from '../../../src/lib/pdf/page';
import { docOf, extent, fakeMeasure, textOps, words } from './support';

const columns = ['Mission', 'Nombre d’IMP', 'Taux', 'Montant annuel'];
const table = (rows: string[][]): DocBlock => ({ kind: 'table', caption: 'IMP', columns, rows });
const bodyRows = Array.from({ length: 45 }, (_, index) => [
  `Ligne ${index} ${words(12)}`,
  '1',
  'Taux 3 (1\u202f250\u00a0€)',
  '1\u202f250\u00a0€',
]);

describe('the IMP table', () => {
  const pages = layoutDocument(docOf([table(bodyRows)]), fakeMeasure);

  it('runs over pages without splitting a row, borders included', () => {
    expect(pages.length).toBeGreaterThan(1);
    for (let index = 0; index < bodyRows.length; index += 1) {
      const on = pages.filter((page) =>
        textOps(page).some((op) => op.text.startsWith(`Ligne ${index} `)),
      );
      expect(on).toHaveLength(1);
    }
    for (const page of pages) {
      for (const op of page.ops) {
        if (op.kind === 'rect') expect(op.y + op.h).toBeLessThanOrEqual(PAGE.bottom + 1e-9);
      }
    }
  });

  it('repeats the header, in bold, at the top of every page it continues on', () => {
    for (const page of pages) {
      const ops = textOps(page);
      const header = ops.filter((op) => columns.includes(op.text) || op.text === 'Nombre');
      expect(header.length).toBeGreaterThanOrEqual(3);
      for (const op of header) expect(op.font).toBe('bold');
      const firstRow = ops.find((op) => op.text.startsWith('Ligne'));
      expect(header[0]?.y).toBeLessThan(firstRow?.y ?? 0);
    }
  });

  it('wraps cells inside their borders and keeps an amount on one line', () => {
    const [page] = pages;
    const rects = (page?.ops ?? []).filter((op) => op.kind === 'rect');
    const edges = [...new Set(rects.map((op) => op.x))].sort((a, b) => a - b);
    expect(edges[0]).toBe(PAGE.left);
    for (const op of textOps(page).filter((text) => text.y < PAGE.bottom)) {
      const [left, right] = extent(op);
      const cell = rects.find((rect) => rect.x <= left && left < rect.x + rect.w);
      expect(cell && right <= cell.x + cell.w).toBe(true);
    }
    expect(textOps(page).some((op) => op.text === '1\u202f250\u00a0€')).toBe(true);
  });

  it('cuts a row taller than a page between lines, all its text printed', () => {
    const huge = words(3000);
    const cut = layoutDocument(docOf([table([[huge, '1', '2', '3']])]), fakeMeasure);
    expect(cut.length).toBeGreaterThan(1);
    for (const op of cut.flatMap((page) => page.ops)) {
      if (op.kind === 'rect') expect(op.y + op.h).toBeLessThanOrEqual(PAGE.bottom + 1e-9);
    }
    const printed = cut
      .flatMap((page) => textOps(page).filter((op) => op.text.startsWith('mot')))
      .map((op) => op.text)
      .join(' ');
    expect(printed).toBe(huge);
  });

  /** A paragraph of `count` lines before the table: no space between them to tighten. */
  const filler = (count: number): DocBlock[] => [
    {
      kind: 'paragraph',
      text: Array.from({ length: count }, (_, index) => `Texte ${index}`).join('\n'),
    },
  ];
  /** Index of each page drawing a text starting with `start`. */
  const pagesOf = (laid: ReturnType<typeof layoutDocument>, start: string) =>
    laid.flatMap((page, index) =>
      textOps(page).some((op) => op.text.startsWith(start)) ? [index] : [],
    );

  it('stays whole, with its caption, on the next page rather than split when it fits there', () => {
    const small = bodyRows.slice(0, 6);
    let moved = 0;
    for (let count = 20; count < 40; count += 1) {
      const laid = layoutDocument(docOf([...filler(count), table(small)]), fakeMeasure);
      const on = new Set([...pagesOf(laid, 'IMP'), ...pagesOf(laid, 'Ligne ')]);
      expect(on.size, `${count} lines before`).toBe(1);
      if ([...on][0] === 1) moved += 1;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('never leaves its last row (the total) alone under the repeated header', () => {
    const rows = [...bodyRows, ['Total', '45', '', '56\u202f250\u00a0€']];
    // Layouts where the total took just the row before it over with it.
    let pulled = 0;
    for (let count = 30; count < 45; count += 1) {
      const laid = layoutDocument(docOf([...filler(count), table(rows)]), fakeMeasure);
      const [total, ...more] = pagesOf(laid, 'Total');
      expect(more).toEqual([]);
      const withTotal = textOps(laid[total ?? -1]).filter((op) => op.text.startsWith('Ligne '));
      expect(withTotal.length, `${count} lines before: rows with the total`).toBeGreaterThan(0);
      if (withTotal.length === 1) pulled += 1;
    }
    expect(pulled).toBeGreaterThan(0);
  });
});
