/**
 * The guide of a user's own model in a real Chromium with IndexedDB: reached from its card in
 * « Mes modèles », drawn by the components of the ready models' pages, accessible, and leading
 * to the editor; a model that is not there says so.
 */
import { describe, expect, test } from 'vitest';
import { findViolations, formatViolations } from './support/axe';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { modelFileText } from '../../src/lib/models/share';
import { zephyr } from '../unit/models/fixture';

const site = useSite({ root: distDir, base: distBase });

describe('the guide of a user model', () => {
  test('opens from « Voir le guide », shows the model, passes axe, and leads to the editor', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('mes-modeles/'));
      await page.getByText('Chargement de vos modèles…').waitFor({ state: 'detached' });
      await page.getByLabel('Importer un modèle').setInputFiles({
        name: 'zephyr.json',
        mimeType: 'application/json',
        buffer: Buffer.from(modelFileText(zephyr())),
      });
      await page.getByRole('link', { name: /Voir le guide du modèle «.Référent Zéphyr.»/ }).click();

      const heading = page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.innerText()).toBe('Lettre de mission de référent Zéphyr');
      expect(await page.title()).toBe('Référent Zéphyr – Lettres de mission');
      const missions = page.getByRole('region', { name: 'Les missions' });
      expect(await missions.getByRole('listitem').allInnerTexts()).toEqual([
        '[Nom du référent] veille au vent d’ouest.',
      ]);
      expect(await page.locator('.facts').innerText()).toContain('Nom du référent');
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      await page.getByRole('link', { name: 'Rédiger cette lettre' }).first().click();
      await page.locator('#f-nom').waitFor();
      expect(page.url()).toMatch(/modeles\/rediger\/\?modele=zephyr-1/);
    });
  });

  test('a model that is not in this browser says so, with a way back, and passes axe', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('mes-modeles/guide/?modele=absent-1'));
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.innerText()).toContain('Ce modèle n’existe pas');
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await page.getByRole('main').getByRole('link', { name: 'Mes modèles' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mes modèles' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(new URL(site.server.url('mes-modeles/')).pathname);
    });
  });
});
