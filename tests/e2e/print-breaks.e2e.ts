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

/** What the letter prints that the pages are checked against, read from the preview. */
interface Parts {
  captions: string[];
  copies: string[];
  /** The IMP table's first column, row by row, and its first header. */
  cells: string[];
  header: string;
}

/** Checks the printed pages, `label` naming the print in messages. */
function checkPages(pages: string[][], { captions, copies, cells, header }: Parts, label: string) {
  // The signatures open at the last line starting like the first caption before the copy list
  // (the addressee's line may start like it too).
  const all = pages.flatMap((lines, index) => lines.map((line, at) => ({ line, index, at })));
  const copy = all.findIndex(({ line }) => /^Copies?\s*:/u.test(line));
  const signed = all.slice(0, copy).findLast(({ line }) => starts(captions.slice(0, 1), line));
  expect(copy, `${label}: « Copie »`).toBeGreaterThan(-1);
  expect(signed, `${label}: the signatures`).toBeDefined();
  const where = `${label}, page ${(signed?.index ?? 0) + 1}/${pages.length}`;
  expect(signed?.at, `${where}: lines above the signatures`).toBeGreaterThanOrEqual(3);
  expect(all[copy]?.index, `${where}: « Copie » on the page of the signatures`).toBe(signed?.index);
  const list = all.slice(copy + 1).map(({ line }) => line);
  expect(list, `${label}: the whole copy list`).toEqual(copies.slice(1));
  pages.forEach((lines, index) => {
    const at = `${label}, page ${index + 1}`;
    expect(lines.length, `${at}: lines`).toBeGreaterThan(1);
    // The table: its header above any of its rows, the total not alone. Rows are told by their
    // first cell (two may start alike: the lines are counted, not named).
    const rows = lines.filter((line) => starts(cells.slice(0, -1), line));
    const total = cells.length > 1 && lines.some((line) => starts(cells.slice(-1), line));
    if (rows.length > 0 || total) {
      expect(
        lines.some((line) => line.startsWith(header)),
        `${at}: the header`,
      ).toBe(true);
    }
    if (total) expect(rows.length, `${at}: rows with the total`).toBeGreaterThan(0);
  });
}

describe('the printed letter’s page breaks', () => {
  test.each(['coordonnateur-mlds-bassin', 'coordonnateur-rep', 'referent-cordee-de-la-reussite'])(
    '%s: no page holds only the copies, the signatures or one line',
    async (slug) => {
      await site.withPage(async (page) => {
        await page.goto(site.server.url(`lettres/${slug}/rediger/`));
        await page.locator('.lp-signatures').waitFor();
        const parts: Parts = {
          captions: await page.locator('.lp-signatures .lp-caption').allInnerTexts(),
          copies: await page.locator('.lp-copies span').allInnerTexts(),
          cells: await page.locator('.lp-table tbody td:first-child').allInnerTexts(),
          header: (await page.locator('.lp-table thead th').allInnerTexts())[0] ?? '',
        };
        expect(parts.copies.length).toBeGreaterThan(1);
        // The letter pushed down 30 mm at a time (as longer text above would): the end of a
        // page falls in the body, in the table, by the signatures and the copies.
        for (let push = 0; push <= 240; push += 30) {
          // Through the CSSOM: the site's Content-Security-Policy refuses an added <style>.
          await page.locator('.letter-page').evaluateAll((sheets, mm) => {
            for (const sheet of sheets) {
              (sheet as HTMLElement).style.setProperty('padding-top', `${mm}mm`, 'important');
            }
          }, push);
          checkPages(await printedLines(page), parts, `pushed ${push} mm`);
        }
      });
    },
  );
});
