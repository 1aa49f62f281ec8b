/**
 * The year being prepared, as a head meets it in May (browser clock on 12 May 2026): new letters
 * are for the year that starts in September, the year can be chosen in « Mes lettres », and a
 * letter left on the year that ends is listed before its PDF.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { readPdf } from '../unit/pdf/pdf-text';
import { downloadPdf } from './support/pdf-download';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');
const may2026 = new Date(2026, 4, 12, 10, 0);

/** A new letter written in May, with a name, as the head reads it in its PDF. */
async function newLetterPdfText(page: Page): Promise<string> {
  await page.goto(editorUrl());
  await page.locator('#f-nom').waitFor();
  await typeInto(page, page.locator('#f-nom'), 'Lefèvre');
  await waitForSaved(page);
  const download = await downloadPdf(page);
  const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
  return pdf.pages.join('\n').replace(/\s+/gu, ' ');
}

describe('the year being prepared, in May', () => {
  test('a new letter is for the year that starts in September, in its PDF too', async () => {
    await site.withPage(async (page) => {
      await page.clock.setFixedTime(may2026);
      const text = await newLetterPdfText(page);
      expect(text).toContain('pour l’année scolaire 2026-2027');
      expect(text).not.toContain('2025-2026');
    });
  });

  test('chosen in « Mes lettres », it is the year of the next new letter', async () => {
    await site.withPage(async (page) => {
      await page.clock.setFixedTime(may2026);
      await page.goto(site.server.url('mes-lettres/'));
      const picker = page.getByLabel('Année préparée');
      await expect.poll(() => picker.inputValue()).toBe('2026-2027');
      await picker.selectOption('2027-2028');
      await page
        .getByRole('status')
        .filter({ hasText: 'Année préparée\u00a0: 2027-2028, enregistrée.' })
        .waitFor();
      await page.goto(editorUrl());
      await expect.poll(() => page.locator('#f-anneeScolaire').inputValue()).toBe('2027-2028');
    });
  });

  test('a letter left on the year that ends is listed before its PDF, leading to the year', async () => {
    await site.withPage(async (page) => {
      await page.clock.setFixedTime(may2026);
      await page.goto(editorUrl());
      const year = page.locator('#f-anneeScolaire');
      await year.waitFor();
      await year.fill('2025-2026');
      await typeInto(page, page.locator('#f-nom'), 'Lefèvre');
      await waitForSaved(page);
      await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
      const check = page.getByRole('region', { name: /^Avant de télécharger le PDF/ });
      await check.waitFor();
      expect((await check.textContent()) ?? '').toContain(
        'L’année scolaire 2025-2026 se termine dans moins de deux mois',
      );
      await check.getByRole('link', { name: 'Année scolaire' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-anneeScolaire');
    });
  });
});
