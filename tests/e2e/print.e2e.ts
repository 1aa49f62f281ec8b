/**
 * Printing in a real Chromium: every model has an editor page, and for the five models made from
 * the seed letters (two and three signatories, paragraphs, IMP, long mission lists) plus one whose
 * title breaks after a hyphen, the editor page printed on A4 (as
 * « Imprimer » or Ctrl+P would) is the letter alone, in lines of real text, on as many pages as
 * the PDF that « Télécharger le PDF » makes (give or take one), and the signatures never open a
 * page alone.
 */
import { genderOf, resolveAgreement } from '../../src/lib/text/agreement';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir, repoRoot } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { boxSource } from './support/text-box';
import { readPdf, type PdfReading } from '../unit/pdf/pdf-text';
import { downloadPdf } from './support/pdf-download';

const site = useSite({ root: distDir, base: distBase });

/** The models, named as their editor's URL names them. */
const slugs = readdirSync(path.join(repoRoot, 'content/lettres'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''));

/**
 * The models printed: the five seed letters hold every shape of letter the site has (two and
 * three signatories, paragraphs, IMP lines, the longest lists of missions); the other models
 * share their layout, so printing all sixteen doubled the test's time for no new failure.
 */
const PRINTED = [
  'referent-cordee-de-la-reussite',
  'coordonnateur-rep',
  'coordonnateur-devoirs-faits',
  'referent-decrochage-scolaire',
  'coordonnateur-mlds-bassin',
  'referent-egalite-filles-garcons',
];

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

/** What a school types: the person, the school year, the school. */
const TYPED: Record<string, string> = {
  'f-anneeScolaire': '2026-2027',
  'f-prenom': 'Claire',
  'f-nom': 'Dubois-Lefèvre',
  'school-etablissement': 'Collège Pablo-Neruda',
};

/** Fills the editor as a school would, field after field in the order of the form. */
async function fillLetter(page: Page): Promise<void> {
  const fields = page.locator(
    Object.keys(TYPED)
      .map((id) => `#${id}`)
      .join(', '),
  );
  for (const field of await fields.all()) {
    await typeInto(page, field, TYPED[(await field.getAttribute('id')) ?? ''] ?? '');
  }
  await waitForSaved(page);
}

/** The PDF « Télécharger le PDF » makes, read back. */
async function downloadedPdf(page: Page): Promise<PdfReading> {
  const download = await downloadPdf(page);
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
  test('prints every model the site offers an editor for', () => {
    const built = readdirSync(path.join(distDir, 'lettres'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .filter((entry) => existsSync(path.join(distDir, 'lettres', entry.name, 'rediger')))
      .map((entry) => entry.name);
    expect(built.length).toBeGreaterThan(0);
    expect([...slugs].sort()).toEqual(built.sort());
    for (const slug of PRINTED) expect(slugs).toContain(slug);
  });

  test.each(PRINTED)('%s prints as the letter alone, on as many pages as its PDF', async (slug) => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url(`lettres/${slug}/rediger/`));
      await page.locator('#f-nom').waitFor();
      await fillLetter(page);
      // The title box holds the model's agreement groups; the page prints them for the civilité.
      const civilite = page.locator('#f-civilite');
      const gender = genderOf((await civilite.count()) > 0 ? await civilite.inputValue() : '');
      const title = resolveAgreement(await boxSource(page.locator('#letter-title')), gender);
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
        // A page may end the letter with short lines (a table row, signatures, copies), but a
        // collapsed print has none longer than a few characters.
        const longest = Math.max(...written.map((line) => line.length));
        expect(longest, `page ${index + 1}: a line of text`).toBeGreaterThan(20);
      });
      // As printed, the page holding the signatures opens with the text that leads to them.
      const captions = await page.locator('.lp-signatures .lp-caption').allInnerTexts();
      const isCaption = (line: string) =>
        captions.some((caption) => line.trim().startsWith(caption.slice(0, 12)));
      const body = printed.textLayerLines.map((lines) =>
        lines.filter((line) => !/^(\d+\/\d+)?$/.test(line.trim())),
      );
      const signed = body.findIndex((lines) => lines.some(isCaption));
      expect(signed, 'the signatures are printed').toBeGreaterThan(-1);
      expect(body[signed]?.[0], `page ${signed + 1} opens with`).not.toSatisfy(isCaption);
      const all = flat(printed.textLayerLines.flat().join(' '));
      // A line may break after a hyphen (« filles-\ngarçons »): compared without that break.
      const unbroken = (text: string) => text.replace(/-\s+/gu, '-');
      expect(unbroken(all)).toContain(unbroken(flat(title)));
      expect(all).toContain('Claire Dubois-Lefèvre');
      expect(all).toContain('2026-2027');
      for (const text of NOT_ON_PAPER) expect(all).not.toContain(text);
    });
  });

  test('the signatures never open a page: the last paragraph goes over with them', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('lettres/coordonnateur-rep/rediger/'));
      await page.locator('.lp-signatures').waitFor();
      const captions = await page.locator('.lp-signatures .lp-caption').allInnerTexts();
      const isCaption = (line: string) =>
        captions.some((caption) => line.startsWith(caption.slice(0, 12)));
      expect(captions.length).toBeGreaterThan(0);
      const pageCounts = new Set<number>();
      // The letter pushed down 10 mm at a time (as longer text above would), over a page break.
      for (let push = 0; push <= 240; push += 10) {
        // Through the CSSOM: the site's Content-Security-Policy refuses an added <style>.
        await page.locator('.letter-page').evaluateAll((pages, mm) => {
          for (const letter of pages) {
            (letter as HTMLElement).style.setProperty('padding-top', `${mm}mm`, 'important');
          }
        }, push);
        const printed = (await printedPdf(page)).textLayerLines.map((lines) =>
          lines.map((line) => line.trim()).filter((line) => !/^(\d+\/\d+)?$/.test(line)),
        );
        pageCounts.add(printed.length);
        const signed = printed.findIndex((lines) => lines.some(isCaption));
        expect(signed, `pushed ${push} mm: the signatures`).toBeGreaterThan(-1);
        expect(
          printed[signed]?.[0],
          `pushed ${push} mm: page ${signed + 1} opens with`,
        ).not.toSatisfy((line: string) => isCaption(line));
      }
      expect(pageCounts.size, 'pushes that crossed a page break').toBeGreaterThan(1);
    });
  });
});
