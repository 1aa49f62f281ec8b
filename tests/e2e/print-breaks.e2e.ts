/**
 * Where the printed pages end (the editor printed under print media on A4, as « Imprimer » or
 * Ctrl+P would): as in the PDF, no page holds only the copy list, the signatures or one line;
 * « Copie : » and its list are printed with the signatures, which come after three lines of the
 * letter at least; the IMP table's header is above its rows on every page, and its total keeps
 * a row.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readPdf } from '../unit/pdf/pdf-text';

const site = useSite({ root: distDir, base: distBase });

/** The printed pages' lines, trimmed, without blank lines and page numbers « n/N ». */
async function printedLines(page: Page): Promise<string[][]> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const { textLayerLines } = await readPdf(new Uint8Array(bytes));
  return textLayerLines.map((lines) =>
    lines.map((line) => line.trim()).filter((line) => !/^(\d+\/\d+)?$/.test(line)),
  );
}

/** Whether a printed line starts a text of the letter (lines side by side may be joined). */
const starts = (texts: readonly string[], line: string) =>
  texts.some((text) => text !== '' && line.startsWith(text.slice(0, 12)));

describe('the printed letter’s page breaks', () => {
  test.each(['coordonnateur-mlds-bassin', 'coordonnateur-rep', 'referent-cordee-de-la-reussite'])(
    '%s: no page holds only the copies, the signatures or one line',
    async (slug) => {
      await site.withPage(async (page) => {
        await page.goto(site.server.url(`lettres/${slug}/rediger/`));
        await page.locator('.lp-signatures').waitFor();
        const captions = await page.locator('.lp-signatures .lp-caption').allInnerTexts();
        const copies = await page.locator('.lp-copies span').allInnerTexts();
        const cells = await page.locator('.lp-table tbody td:first-child').allInnerTexts();
        const header = (await page.locator('.lp-table thead th').allInnerTexts())[0] ?? '';
        expect(copies.length).toBeGreaterThan(1);
        const pages = await printedLines(page);

        // The signatures open at the last line starting like the first caption before the copy
        // list (the addressee's line may start like it too).
        const all = pages.flatMap((lines, index) => lines.map((line, at) => ({ line, index, at })));
        const copy = all.findIndex(({ line }) => /^Copies?\s*:/u.test(line));
        const signed = all
          .slice(0, copy)
          .findLast(({ line }) => starts(captions.slice(0, 1), line));
        expect(copy).toBeGreaterThan(-1);
        expect(signed, 'the signatures are printed').toBeDefined();
        const where = `page ${(signed?.index ?? 0) + 1}/${pages.length}`;
        expect(signed?.at, `${where}: lines above the signatures`).toBeGreaterThanOrEqual(3);
        expect(all[copy]?.index, '« Copie » on the page of the signatures').toBe(signed?.index);
        expect(
          all.slice(copy + 1).map(({ line }) => line),
          'the whole copy list',
        ).toEqual(copies.slice(1));
        pages.forEach((lines, index) => {
          expect(lines.length, `page ${index + 1}: lines`).toBeGreaterThan(1);
          // The table: its header above any of its rows, the total not alone. Rows are told
          // by their first cell (two may start alike: the lines are counted, not named).
          const total = cells.at(-1) ?? '';
          const rows = lines.filter((line) => starts(cells.slice(0, -1), line));
          const totalHere = cells.length > 1 && lines.some((line) => starts([total], line));
          if (rows.length > 0 || totalHere) {
            expect(
              lines.some((line) => line.startsWith(header)),
              `page ${index + 1}: the header`,
            ).toBe(true);
          }
          if (totalHere)
            expect(rows.length, `page ${index + 1}: rows with the total`).toBeGreaterThan(0);
        });
      });
    },
  );
});
