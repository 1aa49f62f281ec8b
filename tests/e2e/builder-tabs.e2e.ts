/**
 * One user model open in two tabs of the builder, and « Mes modèles » in a third, in a real
 * Chromium (one context: one IndexedDB, one BroadcastChannel): a save in one tab shows in the
 * others; a tab with an unsaved change gets the choice, never an overwrite.
 */
import { describe, expect, test } from 'vitest';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';

const site = useSite({ root: distDir, base: distBase });

describe('« Créer un modèle » in two tabs', () => {
  test('a save shows in the other tab and in « Mes modèles »; an unsaved change gets the choice', async () => {
    await site.withPage(async (a, context) => {
      await a.goto(site.server.url('modeles/creer/'));
      await a.getByRole('button', { name: 'Partir de zéro' }).click();
      await a.getByLabel('Nom de la mission').fill('Référent Zéphyr');
      await a.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      await expect.poll(() => new URL(a.url()).searchParams.get('id')).toBeTruthy();

      const b = await context.newPage();
      await b.goto(a.url());
      const missionB = b.getByLabel('Nom de la mission');
      await missionB.waitFor();
      expect(await missionB.inputValue()).toBe('Référent Zéphyr');
      const list = await context.newPage();
      await list.goto(site.server.url('mes-modeles/'));
      await expect
        .poll(() => list.locator('.letter-list').innerText())
        .toContain('Référent Zéphyr');

      await a.getByLabel('Nom de la mission').fill('Référent Alizé');
      await expect.poll(() => missionB.inputValue(), { timeout: 10_000 }).toBe('Référent Alizé');
      expect(await b.locator('.save-status').innerText()).toContain(
        'Modèle mis à jour depuis un autre onglet.',
      );
      await expect
        .poll(() => list.locator('.letter-list').innerText(), { timeout: 10_000 })
        .toContain('Référent Alizé');

      // Tab B empties the title (not valid: not written) while tab A saves a new version.
      await b.getByLabel('Titre de la lettre').fill('');
      await a.getByLabel('Nom de la mission').fill('Référent Mistral');
      const choice = b.getByRole('alert').filter({ hasText: 'modifié dans un autre onglet' });
      await choice.waitFor({ timeout: 10_000 });
      expect(await missionB.inputValue()).toBe('Référent Alizé');
      await b.getByRole('button', { name: 'Afficher la version de l’autre onglet' }).click();
      expect(await missionB.inputValue()).toBe('Référent Mistral');
      expect(await b.getByLabel('Titre de la lettre').inputValue()).toBe('Lettre de mission');
    });
  });
});
