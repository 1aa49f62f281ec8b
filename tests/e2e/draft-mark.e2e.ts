/**
 * The draft mark, in a real Chromium: a letter downloaded with « Télécharger le brouillon quand
 * même » says « BROUILLON » on each page of its PDF, drawn (pdf.js finds it on every page, in
 * light grey, the first thing drawn) but outside the letter's reading order: it is an artifact,
 * inside no element of the structure tree, and the text read element by element (in structure
 * order) never meets it. A letter with nothing to look at downloads with no mark.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { DRAFT_BUTTON } from './support/pdf-download';
import { readPdf } from '../unit/pdf/pdf-text';
import { readTags } from '../unit/pdf/tagged/read-tags';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');
const MARK = 'BROUILLON';

/** The PDF's bytes, from a click on `button` that starts the download. */
async function download(page: Page, click: () => Promise<void>): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return new Uint8Array(await readFile(await file.path()));
}

describe('a draft PDF', () => {
  test('says « BROUILLON » on each page, outside the reading order', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      await page.locator('#f-nom').waitFor();
      // The person's name left empty: the check before the PDF lists it.
      await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
      const check = page.getByRole('region', { name: /^Avant de télécharger le PDF/ });
      await check.waitFor();
      const said = await check.textContent();
      const bytes = await download(page, () =>
        check.getByRole('button', { name: DRAFT_BUTTON }).click(),
      );

      const pdf = await readPdf(bytes);
      expect(pdf.pages.length).toBeGreaterThan(1);
      // Drawn on every page, first, under the letter.
      for (const [index, text] of pdf.pages.entries()) {
        expect(text.split('\n')[0], `page ${index + 1}`).toBe(MARK);
      }
      const tags = await readTags(bytes);
      const marks = tags.items.filter((item) => item.text.includes(MARK));
      expect(marks).toHaveLength(pdf.pages.length);
      for (const mark of marks) expect(mark.marks).toEqual([{ tag: 'Artifact', id: null }]);
      // The letter in reading order: every element's text, none of them the mark.
      const reading = tags.elements.map((element) => element.text).join(' ');
      expect(reading).toContain('Lettre de mission du référent');
      expect(reading).not.toContain(MARK);
      // The user is told, before the download and after it.
      expect(said).toContain('«\u00a0BROUILLON\u00a0»');
      const status = page.getByRole('status').filter({ hasText: 'marqué «\u00a0BROUILLON\u00a0»' });
      await status.waitFor();
    });
  });
});

describe('a PDF with nothing to look at', () => {
  test('downloads at once, with no mark', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      await page.locator('#f-nom').waitFor();
      await page.locator('#f-civilite').selectOption('Madame');
      await typeInto(page, page.locator('#f-prenom'), 'Claire');
      await typeInto(page, page.locator('#f-nom'), 'Dubois');
      await waitForSaved(page);
      const bytes = await download(page, () =>
        page.getByRole('button', { name: 'Télécharger le PDF' }).click(),
      );
      expect(await page.getByRole('button', { name: DRAFT_BUTTON }).count()).toBe(0);
      const pdf = await readPdf(bytes);
      expect(pdf.pages.join('\n')).toContain('Claire Dubois');
      expect(pdf.pages.join('\n')).not.toContain(MARK);
    });
  });
});
