/**
 * PDF in a real Chromium: « Télécharger le PDF » downloads a valid PDF made in the browser with
 * the typed values (printing is checked in print.e2e.ts).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { readPdf } from '../unit/pdf/pdf-text';
import { DRAFT_BUTTON, downloadPdf } from './support/pdf-download';
import { findViolations, formatViolations } from './support/axe';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');

describe('the check before the PDF', () => {
  test('lists what to look at, leads to each control, and still lets a draft be downloaded', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#letter-title'), 'Lettre de mission de {prénom}');
      await waitForSaved(page);
      await page.getByRole('button', { name: 'Télécharger le PDF' }).click();

      const check = page.getByRole('region', { name: /^Avant de télécharger le PDF/ });
      await check.waitFor();
      // Focus lands on the list, so a keyboard or screen reader user hears it first.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('export-check-title');
      const text = (await check.textContent()) ?? '';
      expect(text).toContain('«\u00a0{prénom}\u00a0» ne désigne aucun champ');
      expect(text).toContain('Ce champ est obligatoire.');
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      await check.getByRole('link', { name: 'Titre de la lettre' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('letter-title');

      await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        check.getByRole('button', { name: DRAFT_BUTTON }).click(),
      ]);
      const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
      expect(pdf.pages.join('\n')).toContain('Lettre de mission de {prénom}');
    });
  });
});

describe('exporting to PDF', () => {
  test('the click downloads a PDF with the typed name, loading jsPDF only then', async () => {
    await site.withPage(async (page) => {
      const scripts: string[] = [];
      page.on('request', (request: Request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(editorUrl());
      await page.locator('#f-nom').waitFor();
      await page.locator('#f-civilite').selectOption('Madame');
      await typeInto(page, page.locator('#f-prenom'), 'Zoé');
      await typeInto(page, page.locator('#f-nom'), 'L’Œillet');
      await waitForSaved(page);
      const loadedBefore = scripts.length;

      const download = await downloadPdf(page);
      expect(scripts.length, 'scripts fetched on the click').toBeGreaterThan(loadedBefore);
      expect(download.suggestedFilename()).toMatch(/^lettre-de-mission-.*oeillet.*\.pdf$/);
      const bytes = new Uint8Array(await readFile(await download.path()));
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      const pdf = await readPdf(bytes);
      const text = pdf.pages.join('\n');
      expect(text).toContain('Zoé L’Œillet');
      expect(text).toContain('Lettre de mission de la référente «\u00a0Décrochage scolaire\u00a0»');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'PDF téléchargé' }).count())
        .toBe(1);
    });
  });
});

describe('exporting from « Mes lettres »', () => {
  test('each letter has its PDF button', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Lefèvre');
      await waitForSaved(page);
      await page.goto(site.server.url('mes-lettres/'));
      const button = page.getByRole('button', { name: /^Télécharger le PDF de la lettre/ });
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/lefevre.*\.pdf$/);
      const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
      expect(pdf.pages.join('\n')).toContain('Lefèvre');
    });
  });
});
