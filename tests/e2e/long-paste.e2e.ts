/**
 * Long pastes in a real Chromium: 20 000 characters without a space pasted into a field keep to
 * its limit, wrap inside the page of the preview, and the PDF downloads; a text stored longer
 * (before the limits, 200 characters at most for a town) is kept, counted over its limit,
 * listed before the PDF and printed whole. The preview sets capitals glyph by glyph, as the PDF.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { DRAFT_BUTTON, downloadPdf } from './support/pdf-download';
import { readPdf } from '../unit/pdf/pdf-text';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-cordee-de-la-reussite/rediger/');
const PASTE = 'x'.repeat(20_000);
/** The longest town a letter could store before the limits (the former bound). */
const STORED = 'y'.repeat(200);

/** Whether the preview's page and its letterhead hold their text without overflowing sideways. */
function fitsInPage(page: Page) {
  return page.evaluate(() => {
    const sheet = document.querySelector('.letter-page');
    const date = document.querySelector('.lp-date');
    if (!sheet || !date) return false;
    const outer = sheet.getBoundingClientRect();
    const inner = date.getBoundingClientRect();
    return (
      sheet.scrollWidth <= sheet.clientWidth &&
      inner.left >= outer.left &&
      inner.right <= outer.right
    );
  });
}

describe('a long paste', () => {
  test('keeps « Ville (en-tête) » and « Code STS-web » to their limits, counted', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      const town = page.getByLabel('Ville (en-tête)');
      await town.fill('');
      await town.focus();
      await page.keyboard.insertText(PASTE);
      expect(await town.inputValue()).toBe('x'.repeat(100));
      await expect
        .poll(() => page.locator('#school-ville-count').textContent())
        .toBe('100 / 100 caractères');
      expect(await page.locator('.lp-date').textContent()).toContain('x'.repeat(100));
      expect(await fitsInPage(page)).toBe(true);

      const code = page.getByLabel('Code STS-web');
      await code.fill('');
      await code.focus();
      await page.keyboard.insertText(PASTE);
      expect(await code.inputValue()).toBe('x'.repeat(20));

      const download = await downloadPdf(page);
      const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
      expect(pdf.pages[0]?.replace(/\s/g, '')).toContain(`${'x'.repeat(100)},le`);
    });
  });

  test('a town stored over its limit is kept, wraps in the page, is listed and printed', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      await page.locator('#school-ville').waitFor();
      // As a letter stored before the limits holds it: the value is set past `maxlength`.
      await page.evaluate((text) => {
        const input = document.querySelector<HTMLInputElement>('#school-ville');
        if (!input) throw new Error('no town field');
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, STORED);
      await expect.poll(() => page.locator('.lp-date').textContent()).toContain(STORED);
      expect(await fitsInPage(page)).toBe(true);
      expect(await page.locator('#school-ville-count').textContent()).toBe(
        '200 / 100 caractères (100 de trop)',
      );

      await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
      const check = page.getByRole('region', { name: /^Avant de télécharger le PDF/ });
      await check.waitFor();
      expect(await check.textContent()).toContain('Texte trop long\u00a0: 200\u00a0caractères');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        check.getByRole('button', { name: DRAFT_BUTTON }).click(),
      ]);
      const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
      // Cut between characters, line after line, on the first page: the whole town is printed.
      expect(pdf.pages[0]?.replace(/\s/g, '')).toContain(`${STORED},le`);
    });
  });

  // With kerning, Chromium could not cut a run of kerned capitals (« AAAA… », « AVAV… ») between
  // two glyphs and shaped the rest of it again at each line: 20 000 « A » pasted into « Nom »
  // froze the tab for seconds at each keystroke in any field (issue 22). Without kerning each
  // glyph keeps its own width, as the PDF sets it; a kerned pair (« AV ») shows it.
  test('the preview sets a run of capitals glyph by glyph, as the PDF', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      const run = 'AV'.repeat(10);
      await page.locator('#f-nom').fill(run);
      await expect.poll(() => page.locator('.letter-page').textContent()).toContain(run);
      const widths = await page.evaluate((run) => {
        const sheet = document.querySelector('.letter-page');
        const walker = document.createTreeWalker(sheet ?? document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(run) ?? -1;
          if (at === -1 || !node.parentElement) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + run.length);
          const context = document.createElement('canvas').getContext('2d');
          if (!context) return null;
          // From the longhands: the `font` shorthand is empty when kerning is set apart.
          const style = getComputedStyle(node.parentElement);
          context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const glyphs = [...run].reduce((sum, char) => sum + context.measureText(char).width, 0);
          // The run fits on one line of the preview: its width is that of its glyphs set in a row.
          return { set: range.getBoundingClientRect().width, glyphs };
        }
        return null;
      }, run);
      expect(widths).not.toBeNull();
      expect(Math.abs((widths?.set ?? 0) - (widths?.glyphs ?? 0))).toBeLessThan(0.5);
    });
  });
});
