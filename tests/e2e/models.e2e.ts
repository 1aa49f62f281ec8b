/**
 * The user's own models in a real Chromium with IndexedDB: a model imported from a file is
 * listed in « Mes modèles », exported and imported into a fresh browser profile unchanged; a
 * letter written from it survives a reload and still opens once the model is deleted.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findViolations, formatViolations } from './support/axe';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readRaw } from './support/raw-store';
import { typeInto, waitForSaved } from './support/keyboard';
import { modelFileText } from '../../src/lib/models/share';
import { zephyr } from '../unit/models/fixture';

const site = useSite({ root: distDir, base: distBase });
const modelsUrl = () => site.server.url('mes-modeles/');
const cards = (page: Page) => page.locator('.letter-card');

/** Opens « Mes modèles » and waits until it has read the stored models. */
async function openModels(page: Page) {
  await page.goto(modelsUrl());
  // The page is rendered with « Chargement… »; the island replaces it once it has read storage
  // (before that, a file picked in « Importer un modèle » has no handler yet).
  await page.getByText('Chargement de vos modèles…').waitFor({ state: 'detached' });
}

/** Imports a model file through « Importer un modèle », as a user picks it. */
async function importFile(page: Page, name: string, text: string) {
  await page.locator('#import-model').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

describe('a model shared as a file', () => {
  test('is listed, exports, and imports unchanged into a fresh profile', async () => {
    const exported = await site.withPage(async (page) => {
      await openModels(page);
      await importFile(page, 'zephyr.json', modelFileText(zephyr()));
      await expect.poll(() => cards(page).count()).toBe(1);
      expect(await cards(page).first().innerText()).toContain('Référent Zéphyr');
      expect(await readRaw(page, 'model:zephyr-1')).toEqual(zephyr());

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('button', {
            name: 'Exporter le modèle «\u00a0Référent Zéphyr\u00a0»',
            exact: true,
          })
          .click(),
      ]);
      expect(download.suggestedFilename()).toBe('modele-lettre-de-mission-de-referent-zephyr.json');
      return readFile(await download.path(), 'utf8');
    });

    await site.withPage(async (page) => {
      await openModels(page);
      // A broken file first: refused with the field named, nothing stored.
      const broken = exported.replace('"Référent Zéphyr"', '""');
      await importFile(page, 'abime.json', broken);
      await expect
        .poll(() => page.getByRole('alert').first().innerText())
        .toMatch(/le nom de la mission/);
      expect(await readRaw(page, 'model:zephyr-1')).toBeNull();

      await importFile(page, 'zephyr.json', exported);
      await expect.poll(() => cards(page).count()).toBe(1);
      expect(await readRaw(page, 'model:zephyr-1')).toEqual(zephyr());
      await page.reload();
      await expect.poll(() => cards(page).count()).toBe(1);
    });
  });
});

describe('a letter written from a user model', () => {
  test('is kept on reload and still opens once the model is deleted', async () => {
    await site.withPage(async (page) => {
      await openModels(page);
      await importFile(page, 'zephyr.json', modelFileText(zephyr()));
      await page
        .getByRole('link', { name: /Écrire une lettre avec le modèle «.Référent Zéphyr/ })
        .click();
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Durand');
      await waitForSaved(page);
      expect(page.url()).toMatch(/modeles\/rediger\/\?modele=zephyr-1&id=/);

      await page.reload();
      await page.locator('#f-nom').waitFor();
      expect(await page.locator('#f-nom').inputValue()).toBe('Durand');
      expect(await page.locator('body').innerText()).toContain('Durand veille au vent d’ouest.');
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      await openModels(page);
      await page.getByRole('button', { name: /Supprimer le modèle/ }).click();
      await expect.poll(() => cards(page).count()).toBe(0);
      expect(await readRaw(page, 'model:zephyr-1')).toBeNull();

      await page.goto(site.server.url('mes-lettres/'));
      const card = page.locator('.letter-card').first();
      await card.waitFor();
      await card.getByRole('link', { name: /Ouvrir/ }).click();
      await page.locator('#f-nom').waitFor();
      expect(await page.locator('#f-nom').inputValue()).toBe('Durand');
      expect(await page.locator('body').innerText()).toContain(
        'Le modèle de cette lettre a été supprimé',
      );
      expect(await page.locator('body').innerText()).toContain('Durand veille au vent d’ouest.');
    });
  });
});

describe('a model file whose two IMP columns share an id (issue 22)', () => {
  test('is imported with the id renamed, said in French, and a letter from it opens', async () => {
    const text = await readFile(
      new URL('../fixtures/models/duplicate-imp-column-ids.json', import.meta.url),
      'utf8',
    );
    await site.withPage(async (page) => {
      await openModels(page);
      await importFile(page, 'duplicate-imp-column-ids.json', text);
      await page.getByText(/Un identifiant répété a été renommé/).waitFor();
      await page
        .getByRole('link', { name: /Écrire une lettre avec le modèle «.Référent Zéphyr/ })
        .click();
      // Was « Chargement de la lettre… » forever: the editor opens with both IMP lines.
      await page.locator('#f-nom').waitFor();
      expect(await page.getByText('Chargement de la lettre…').count()).toBe(0);
      const body = await page.locator('body').innerText();
      expect(body).toContain('Zéphyr, rectorat');
      expect(body).toContain('IMP de l’établissement');
    });
  });
});

describe('accessibility of « Mes modèles » with a model listed', () => {
  test('no axe-core violation', async () => {
    await site.withPage(async (page) => {
      await openModels(page);
      await importFile(page, 'zephyr.json', modelFileText(zephyr()));
      await expect.poll(() => cards(page).count()).toBe(1);
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  });
});
