/**
 * A mission the site does not know, end to end in a real Chromium with IndexedDB: « Référent
 * Zéphyr » made in « Créer un modèle » with one new field and one new mission, kept after a
 * reload, filled in a letter whose PDF prints both; then the model shared as a file and imported
 * into a fresh browser profile gives the same letter, word for word.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { waitForSaved } from './support/keyboard';
import { downloadPdf } from './support/pdf-download';
import { readPdf } from '../unit/pdf/pdf-text';

const site = useSite({ root: distDir, base: distBase });

const MISSION = 'Référent Zéphyr';
const FIELD = 'Salle des vents';
const ITEM = 'Veiller sur la girouette de la {salleDesVents}.';
/** What the person's letter says: the same in both profiles, the date pinned. */
const values = { nom: 'Camille Durand', salle: 'salle B12', date: '2026-11-22' };

/** Opens « Mes modèles » once it has read the stored models (before, a picked file is lost). */
async function openModels(page: Page): Promise<void> {
  await page.goto(site.server.url('mes-modeles/'));
  await page.getByText('Chargement de vos modèles…').waitFor({ state: 'detached' });
}

/**
 * From « Mes modèles », writes the letter of `values` with « Référent Zéphyr » and gives the
 * text of its PDF, page by page.
 */
async function writeLetterPdf(page: Page): Promise<string[]> {
  await openModels(page);
  await page
    .getByRole('link', { name: new RegExp(`Écrire une lettre avec le modèle «.${MISSION}.»`) })
    .click();
  await page.locator('#f-salleDesVents').waitFor();
  await page.locator('#f-nom').fill(values.nom);
  await page.locator('#f-salleDesVents').fill(values.salle);
  await page.locator('#letter-date').fill(values.date);
  await waitForSaved(page);
  const download = await downloadPdf(page);
  const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
  return pdf.pages;
}

describe('« Référent Zéphyr », a mission the site does not know', () => {
  test('made in the builder, written, printed, shared and printed again the same', async () => {
    const { firstPdf, modelFile } = await site.withPage(async (page) => {
      await page.goto(site.server.url('modeles/creer/'));
      await page.getByRole('button', { name: 'Partir de zéro' }).click();
      await page.getByLabel('Nom de la mission').fill(MISSION);
      await page.getByLabel('Libellé du nouveau champ').fill(FIELD);
      await page.getByLabel('Libellé du nouveau champ').press('Enter');
      await page.getByRole('button', { name: 'Ajouter une mission' }).click();
      // The new mission's box has the focus: the keyboard writes into it.
      await page.keyboard.type(ITEM);
      await waitForSaved(page);
      await expect.poll(() => new URL(page.url()).searchParams.get('id')).toBeTruthy();

      await page.reload();
      await page.getByLabel('Nom de la mission').waitFor();
      expect(await page.getByLabel('Nom de la mission').inputValue()).toBe(MISSION);
      // « Partir de zéro » starts with five fields (the person's and the year): this is the sixth.
      expect(await page.getByLabel('Libellé du champ 6').inputValue()).toBe(FIELD);
      expect(await page.getByLabel('Mission 2', { exact: true }).inputValue()).toBe(ITEM);

      const pages = await writeLetterPdf(page);
      const text = pages.join('\n');
      expect(text).toContain(values.salle);
      expect(text).toContain(`Veiller sur la girouette de la ${values.salle}.`);
      expect(text).toContain(values.nom);
      expect(text).toContain('22 novembre 2026');

      await openModels(page);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^Exporter le modèle/ }).click(),
      ]);
      // Read now: the download is deleted with its browser context.
      const buffer = await readFile(await file.path());
      return { firstPdf: pages, modelFile: { name: file.suggestedFilename(), buffer } };
    });

    // A colleague's browser: a new profile, with nothing stored.
    const secondPdf = await site.withPage(async (page) => {
      await openModels(page);
      expect(await page.locator('.letter-card').count()).toBe(0);
      await page
        .getByLabel('Importer un modèle')
        .setInputFiles({ ...modelFile, mimeType: 'application/json' });
      await expect.poll(() => page.locator('.letter-card').count()).toBe(1);
      return writeLetterPdf(page);
    });

    expect(secondPdf).toEqual(firstPdf);
  });
});
