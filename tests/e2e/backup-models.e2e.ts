/**
 * The user's models travel in the backup file, in a real Chromium with IndexedDB: a model
 * imported in « Mes modèles » and a letter written from it are downloaded with « Télécharger
 * toutes mes lettres », then imported into a fresh browser profile from « Mes lettres »: the
 * model is listed in « Mes modèles » and the letter opens on it.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readRaw } from './support/raw-store';
import { typeInto, waitForSaved } from './support/keyboard';
import { modelFileText } from '../../src/lib/models/share';
import { zephyr } from '../unit/models/fixture';

const site = useSite({ root: distDir, base: distBase });
const cards = (page: Page) => page.locator('.letter-card');

/** Opens `path` and waits until its island has read storage (« Chargement… » is gone). */
async function openList(page: Page, path: string, loading: string) {
  await page.goto(site.server.url(path));
  await page.getByText(loading).waitFor({ state: 'detached' });
}

/** A model imported from a file, a letter for « Durand » written from it, and the backup. */
async function backupWithModel(page: Page): Promise<string> {
  await openList(page, 'mes-modeles/', 'Chargement de vos modèles…');
  await page.locator('#import-model').setInputFiles({
    name: 'zephyr.json',
    mimeType: 'application/json',
    buffer: Buffer.from(modelFileText(zephyr())),
  });
  await page
    .getByRole('link', { name: /Écrire une lettre avec le modèle «.Référent Zéphyr/ })
    .click();
  await page.locator('#f-nom').waitFor();
  await typeInto(page, page.locator('#f-nom'), 'Durand');
  await waitForSaved(page);

  await openList(page, 'mes-lettres/', 'Chargement de vos lettres…');
  await expect.poll(() => cards(page).count()).toBe(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Télécharger toutes mes lettres/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^lettres-de-mission-sauvegarde-/);
  return readFile(await download.path(), 'utf8');
}

describe('a backup with a user model', () => {
  test('imported into a fresh profile: the model is listed and the letter opens on it', async () => {
    const backup = await site.withPage(backupWithModel);
    const data = JSON.parse(backup) as { models?: { id: string }[]; letters: unknown[] };
    expect(data.models?.map((model) => model.id)).toEqual(['zephyr-1']);

    await site.withPage(async (page) => {
      await openList(page, 'mes-lettres/', 'Chargement de vos lettres…');
      await page.locator('#import-file').setInputFiles({
        name: 'sauvegarde.json',
        mimeType: 'application/json',
        buffer: Buffer.from(backup),
      });
      await expect
        .poll(() => page.locator('.import-confirm').innerText())
        .toMatch(/1 lettre sera ajoutée\.\s1 modèle sera ajouté à «\sMes modèles\s»\./u);
      await page.getByRole('button', { name: 'Confirmer l’import' }).click();
      await expect
        .poll(() => page.locator('body').innerText())
        .toMatch(/Import terminé\s: 1 lettre ajoutée\s; 1 modèle ajouté\./u);
      expect(await readRaw(page, 'model:zephyr-1')).toEqual(zephyr());

      await openList(page, 'mes-modeles/', 'Chargement de vos modèles…');
      await expect.poll(() => cards(page).count()).toBe(1);
      expect(await cards(page).first().innerText()).toContain('Référent Zéphyr');

      await openList(page, 'mes-lettres/', 'Chargement de vos lettres…');
      await cards(page)
        .first()
        .getByRole('link', { name: /Ouvrir/ })
        .click();
      await page.locator('#f-nom').waitFor();
      expect(page.url()).toMatch(/modeles\/rediger\/\?modele=zephyr-1&id=/);
      expect(await page.locator('#f-nom').inputValue()).toBe('Durand');
      const text = await page.locator('body').innerText();
      expect(text).toContain('Durand veille au vent d’ouest.');
      expect(text).not.toContain('Le modèle de cette lettre a été supprimé');
    });
  });
});
