/**
 * Names in other European scripts in a real Chromium: the PDF prints them, fetching the font
 * set they need on the click and no other; an emoji is refused with where it was typed.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { DRAFT_BUTTON, downloadPdf } from './support/pdf-download';
import { readPdf } from '../unit/pdf/pdf-text';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');

/** A font set's chunk, as the build names it. */
const FONT_CHUNK = /\/(french|latin|greek-cyrillic|european)\.[\w-]+\.js$/;

/** Clicks « Télécharger le PDF » and gives the PDF's text and the font chunks fetched then. */
async function download(page: Page) {
  const fonts: string[] = [];
  const onRequest = (request: Request) => {
    const set = FONT_CHUNK.exec(new URL(request.url()).pathname)?.[1];
    if (set) fonts.push(set);
  };
  page.on('request', onRequest);
  const file = await downloadPdf(page);
  const pdf = await readPdf(new Uint8Array(await readFile(await file.path())));
  page.off('request', onRequest);
  return { fonts, text: pdf.pages.join('\n') };
}

describe('names in other European scripts', () => {
  test('a French name fetches the French fonts alone; Cyrillic then fetches its set', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-prenom'), 'Zoé');
      await typeInto(page, page.locator('#f-nom'), 'Lefèvre');
      await waitForSaved(page);
      const french = await download(page);
      expect(french.fonts).toEqual(['french']);
      expect(french.text).toContain('Zoé Lefèvre');

      await typeInto(page, page.locator('#f-prenom'), 'Кирилл');
      await typeInto(page, page.locator('#f-nom'), 'Ωμέγα');
      await waitForSaved(page);
      const other = await download(page);
      expect(other.fonts).toEqual(['greek-cyrillic']);
      expect(other.text).toContain('Кирилл Ωμέγα');
    });
  });

  test('an emoji is refused, the message saying in which field it is', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Łukasz 😀');
      await waitForSaved(page);
      await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
      // The check before the PDF names the character and links to its field…
      const check = page.getByRole('region', { name: /^Avant de télécharger le PDF/ });
      await expect.poll(() => check.textContent()).toContain('«\u00a0😀\u00a0»');
      await check.getByRole('link', { name: /^Nom / }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-nom');
      // …and a draft cannot hold it: the PDF says which character and where.
      await check.getByRole('button', { name: DRAFT_BUTTON }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'U+1F600' });
      // The field's label, « Nom du référent » in this model.
      await expect.poll(() => alert.textContent()).toMatch(/\) dans «\u00a0Nom [^»]+\u00a0»\./);
    });
  });
});
