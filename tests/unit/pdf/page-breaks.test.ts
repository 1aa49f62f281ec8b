/**
 * Where the exported PDF's pages end, over the five seed letters and ten letters grown from them
 * (closing paragraphs added, or a short letter made of a seed's opening), so that the end of a
 * page falls in the body, before the IMP table and by the signatures: no page holds only the
 * copy list, the signatures (three lines at least lead to them) or one line; « Copie : » and
 * its list are on the page of the signatures; the IMP table's header is on the page of each of
 * its rows, and its total keeps a row; a letter that fits on one page with slightly tighter
 * spaces stays on one page.
 */
import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../src/lib/document/model';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { PT } from '../../../src/lib/pdf/page';
import type { Letter } from '../../../src/lib/schemas/letter';
import { rates } from '../document/fixture';
import { filledLetter, seedModels } from '../support/filled-letters';
import { readBaselines } from './pdf-baselines';
import { readPdf } from './pdf-text';

/** A closing paragraph of two lines, as a head adds one. */
const SENTENCE =
  'Elle rend compte de son action au chef d’établissement lors d’un entretien de suivi, au moins une fois par trimestre.';
const DECROCHAGE = 'referent-decrochage-scolaire';

/**
 * A seed letter with `added` closing paragraphs; `short`: only its opening (first preamble
 * paragraph, no section, no IMP), as a one-page user model.
 */
function grown(slug: string, added: number, short = false): Letter {
  const letter = filledLetter(slug);
  if (short)
    Object.assign(letter, { sections: [], preamble: letter.preamble.slice(0, 1), imp: null });
  for (let index = 0; index < added; index += 1) {
    letter.closing.push({ id: `ajout${index}`, text: SENTENCE });
  }
  return letter;
}

/** Ten letters of growing length, three models: a short one, four signatories, an IMP table. */
const GROWN: [string, Letter][] = [
  ...[0, 2, 3, 12].map((added): [string, Letter] => [
    `${DECROCHAGE} court + ${added}`,
    grown(DECROCHAGE, added, true),
  ]),
  ...[2, 6].map((added): [string, Letter] => [
    `coordonnateur-mlds-bassin + ${added}`,
    grown('coordonnateur-mlds-bassin', added),
  ]),
  ...[1, 3, 5, 8].map((added): [string, Letter] => [
    `referent-cordee-de-la-reussite + ${added}`,
    grown('referent-cordee-de-la-reussite', added),
  ]),
];

const LETTERS: [string, Letter][] = [
  ...seedModels.map(({ slug }): [string, Letter] => [slug, filledLetter(slug)]),
  ...GROWN,
];

async function pdfOf(letter: Letter): Promise<{ doc: LetterDocument; bytes: Uint8Array }> {
  const doc = toDocument(letter, rates);
  const result = await exportPdf(doc);
  if (!result.ok) throw new Error(`missing characters: ${result.missing.join(' ')}`);
  return { doc, bytes: new Uint8Array(await result.blob.arrayBuffer()) };
}

/** Whether `line` is how a text of the letter begins once wrapped (its first line). */
const opens = (text: string, line: string) =>
  line !== '' && text.startsWith(line) && line.length >= Math.min(text.length, 5);

/**
 * What a page shows, read from its lines in drawing order (the letter's order): where the
 * signatures start, where the copy list starts (-1: not there), how many lines open a row of the
 * IMP table but its last when it has several (told by their first cell: two rows may start alike, so lines are
 * counted, not rows named), whether it holds the last row (the total) and the table's header.
 */
function pageParts(lines: readonly string[], doc: LetterDocument) {
  const signatures = doc.blocks.find((block) => block.kind === 'signatures');
  const table = doc.blocks.find((block) => block.kind === 'table');
  const copies = lines.indexOf('Copie\u00a0:');
  const caption = signatures?.kind === 'signatures' ? (signatures.blocks[0]?.caption ?? '') : '';
  const beforeCopies = copies === -1 ? lines : lines.slice(0, copies);
  const signed = caption === '' ? -1 : beforeCopies.findIndex((line) => opens(caption, line));
  const first = table?.kind === 'table' ? table.rows.map((cells) => cells[0] ?? '') : [];
  const body = first.length > 1 ? first.slice(0, -1) : first;
  const rows = lines.filter((line) => body.some((cell) => opens(cell, line)));
  const total = first.length > 1 && lines.some((line) => opens(first.at(-1) ?? '', line));
  const header = table?.kind === 'table' && lines.includes(table.columns[0] ?? '');
  return { signed, copies, rows: rows.length, total, header };
}

describe('the pages of the seed letters and of longer ones', async () => {
  const read = await Promise.all(
    LETTERS.map(async ([name, letter]) => {
      const { doc, bytes } = await pdfOf(letter);
      const { pages } = await readPdf(bytes);
      // The page's lines, its number « n/N » left out.
      const lines = pages.map((page) =>
        page.split('\n').filter((line) => line.trim() !== '' && !/^\d+\/\d+$/.test(line)),
      );
      return { name, doc, lines };
    }),
  );

  it('ends pages in the body and before the IMP table, on one to three pages', () => {
    // What opens the pages after the first: the IMP table's caption, or body text.
    const openers = new Set(
      read.flatMap(({ doc, lines }) =>
        lines.slice(1).map((page) => {
          const table = doc.blocks.find((block) => block.kind === 'table');
          return table?.kind === 'table' && opens(table.caption, page[0] ?? '') ? 'table' : 'body';
        }),
      ),
    );
    expect([...openers].sort()).toEqual(['body', 'table']);
    expect(new Set(read.map(({ lines }) => lines.length))).toEqual(new Set([1, 2, 3]));
  });

  it.each(read.map((reading) => [reading.name, reading] as const))(
    '%s: no page holds only the copies, the signatures or one line',
    (_name, { doc, lines }) => {
      lines.forEach((page, index) => {
        const where = `page ${index + 1}/${lines.length}`;
        const { signed, copies } = pageParts(page, doc);
        expect(page.length, `${where}: lines`).toBeGreaterThan(1);
        if (copies !== -1) {
          expect(signed, `${where}: « Copie » with the signatures`).toBeGreaterThan(-1);
          const list = doc.blocks.find((block) => block.kind === 'copies');
          expect(page.length - copies, `${where}: the whole copy list`).toBe(
            list?.kind === 'copies' ? list.lines.length : 0,
          );
        }
        if (signed !== -1) {
          // Not one sentence cut from its letter: three lines at least lead to them.
          expect(signed, `${where}: lines above the signatures`).toBeGreaterThanOrEqual(3);
        }
      });
      const signedPages = lines.filter((page) => pageParts(page, doc).signed !== -1);
      expect(signedPages).toHaveLength(1);
    },
  );

  it.each(
    read
      .filter(({ doc }) => doc.blocks.some((block) => block.kind === 'table'))
      .map((reading) => [reading.name, reading] as const),
  )(
    '%s: the IMP table’s header is on each of its pages, the total keeps a row',
    (_name, { doc, lines }) => {
      let held = 0;
      for (const [index, page] of lines.entries()) {
        const { rows, total, header } = pageParts(page, doc);
        held += rows;
        if (rows > 0 || total) expect(header, `page ${index + 1}: the header`).toBe(true);
        if (total) expect(rows, `page ${index + 1}: rows with the total`).toBeGreaterThan(0);
      }
      expect(held).toBeGreaterThan(0);
    },
  );
});

describe('a letter a little too long for one page', () => {
  it('stays on one page with spaces tightened, by 30 % at most', async () => {
    /** Baselines of the page's last signature line and of « Copie : », and the page count. */
    const measured = async (added: number) => {
      const pages = await readBaselines((await pdfOf(grown(DECROCHAGE, added, true))).bytes);
      // The text layer reads the no-break space as a space.
      const isCopy = (run: { text: string }) => /^Copie\s:$/u.test(run.text);
      const page = pages.find((runs) => runs.some(isCopy)) ?? [];
      const copy = page.findIndex(isCopy);
      const signature = Math.min(...page.slice(0, copy).map((run) => run.y));
      return { pages: pages.length, gap: signature - (page[copy]?.y ?? 0) };
    };
    const set = await measured(0);
    expect(set.pages).toBe(1);
    // Grown a paragraph at a time up to the first letter on two pages.
    let added = 0;
    let last = set;
    for (;;) {
      const next = await measured(added + 1);
      if (next.pages > 1) break;
      added += 1;
      last = next;
      expect(added).toBeLessThan(20);
    }
    expect(added).toBeGreaterThan(0);
    // The last one-page letter has its spaces tightened: « Copie » closer to the signatures.
    const space = 6 / PT;
    expect(last.gap).toBeLessThan(set.gap - 0.05 * space + 1e-6);
    expect(last.gap).toBeGreaterThanOrEqual(set.gap - 0.3 * space - 1e-6);
  });
});
