/**
 * Printing in a real Chromium: for each of the five models, the editor page printed on A4 (as
 * « Imprimer » or Ctrl+P would) is the letter alone, in lines of real text, on as many pages as
 * the PDF that « Télécharger le PDF » makes (give or take one).
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir, repoRoot } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { readPdf, type PdfReading } from '../unit/pdf/pdf-text';

const site = useSite({ root: distDir, base: distBase });

/** The models, named as their editor's URL names them. */
const slugs = readdirSync(path.join(repoRoot, 'content/lettres'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''));

/** Texts of the editor's controls and of the site's frame: none of them may reach the paper. */
const NOT_ON_PAPER = [
  'Télécharger le PDF',
  'Imprimer',
  'Ajouter',
  'Titre de la lettre',
  'Relire le guide',
  'Mes lettres',
  'aucun serveur',
];

/** Fills the editor as a school would: the school, the person, the school year. */
async function fillLetter(page: Page): Promise<void> {
  await typeInto(page, page.locator('#school-etablissement'), 'Collège Pablo-Neruda');
  await typeInto(page, page.locator('#f-anneeScolaire'), '2026-2027');
  await typeInto(page, page.locator('#f-prenom'), 'Claire');
  await typeInto(page, page.locator('#f-nom'), 'Dubois-Lefèvre');
  await waitForSaved(page);
}

/** The PDF « Télécharger le PDF » makes, read back. */
async function downloadedPdf(page: Page): Promise<PdfReading> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger le PDF' }).click(),
  ]);
  return readPdf(new Uint8Array(await readFile(await download.path())));
}

/** What the printer receives: the page printed under print media on A4, read back. */
async function printedPdf(page: Page): Promise<PdfReading> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  return readPdf(new Uint8Array(bytes));
}

/** Text with every run of whitespace (line ends, no-break spaces) made one plain space. */
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('printing the letter', () => {
  test('there are five models to print', () => {
    expect(slugs).toHaveLength(5);
  });

  test.each(slugs)('%s prints as the letter alone, on as many pages as its PDF', async (slug) => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url(`lettres/${slug}/rediger/`));
      await page.locator('#f-nom').waitFor();
      await fillLetter(page);
      const title = await page.locator('#letter-title').inputValue();
      const pdf = await downloadedPdf(page);
      const printed = await printedPdf(page);

      const pages = printed.textLayerLines.length;
      expect(
        Math.abs(pages - pdf.pages.length),
        `${pages} printed, PDF ${pdf.pages.length}`,
      ).toBeLessThanOrEqual(1);
      printed.textLayerLines.forEach((lines, index) => {
        const written = lines.map((line) => line.trim()).filter((line) => line !== '');
        expect(written.length, `page ${index + 1} has text`).toBeGreaterThan(2);
        const letters = written.filter((line) => /^\p{L}$/u.test(line));
        expect(letters, `page ${index + 1}: lines of a single letter`).toEqual([]);
        const longest = Math.max(...written.map((line) => line.length));
        expect(longest, `page ${index + 1}: a line of prose`).toBeGreaterThan(50);
      });
      const all = flat(printed.textLayerLines.flat().join(' '));
      expect(all).toContain(flat(title));
      expect(all).toContain('Claire Dubois-Lefèvre');
      expect(all).toContain('2026-2027');
      for (const text of NOT_ON_PAPER) expect(all).not.toContain(text);
    });
  });
});
