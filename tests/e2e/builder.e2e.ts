/**
 * « Créer un modèle » in a real Chromium with IndexedDB: a model of a mission the site does not
 * know, with a new field and a new mission, survives a reload and opens again in the builder.
 */
import { describe, expect, test } from 'vitest';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { findViolations, formatViolations } from './support/axe';

const site = useSite({ root: distDir, base: distBase });

describe('« Créer un modèle »', () => {
  test('« Référent Zéphyr » with one new field and one new mission, kept after a reload', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('modeles/creer/'));
      await page.getByRole('button', { name: 'Partir de zéro' }).click();

      await page.getByLabel('Nom de la mission').fill('Référent Zéphyr');
      await page.getByLabel('Libellé du nouveau champ').fill('Salle des vents');
      await page.getByLabel('Libellé du nouveau champ').press('Enter');
      await page.getByRole('button', { name: 'Ajouter une mission' }).click();
      // The new mission's box has the focus: the keyboard writes into it.
      await page.keyboard.type('Veiller sur la girouette de la {salleDesVents}.');

      const preview = page.locator('.letter-page');
      await expect.poll(() => preview.innerText()).toContain('Veiller sur la girouette');
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      await expect.poll(() => new URL(page.url()).searchParams.get('id')).toBeTruthy();

      await page.reload();
      const mission = page.getByLabel('Nom de la mission');
      await mission.waitFor();
      expect(await mission.inputValue()).toBe('Référent Zéphyr');
      // After the five fields a blank model starts with (civilité … année scolaire).
      expect(await page.getByLabel('Libellé du champ 6').inputValue()).toBe('Salle des vents');
      expect(await page.getByLabel('Mission 2', { exact: true }).inputValue()).toBe(
        'Veiller sur la girouette de la {salleDesVents}.',
      );
      expect(await page.locator('.builder-issues li').count()).toBe(0);
      // The whole form and its preview pass the WCAG 2.1 AA checks of the site's other pages.
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  });

  test('« Partir de zéro »: the person’s fields with their roles, then a letter that agrees', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('modeles/creer/'));
      await page.getByRole('button', { name: 'Partir de zéro' }).click();
      const roles = [];
      for (const n of [1, 2, 3, 4, 5])
        roles.push(await page.getByLabel(`Rôle du champ ${n}`, { exact: true }).inputValue());
      expect(roles).toEqual(['civilite', 'prenom', 'nom', 'fonction', 'anneeScolaire']);
      const write = page.getByRole('link', { name: 'Écrire une lettre avec ce modèle' });
      expect(await write.count()).toBe(0);

      await page.getByLabel('Nom de la mission').fill('Référent Zéphyr');
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      expect(await page.getByRole('button', { name: 'Exporter le modèle' }).count()).toBe(1);
      // Reached with the keyboard, as any link.
      await write.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/modeles\/rediger\/\?modele=/u);

      const civilite = page.locator('#f-civilite');
      await civilite.waitFor();
      await page.locator('#f-prenom').fill('Claire');
      await page.locator('#f-nom').fill('Dubois');
      await civilite.selectOption('Madame');
      const preview = page.locator('.letter-page');
      await expect
        .poll(() => preview.innerText())
        .toContain('Madame Claire Dubois est chargée, avec son accord');
    });
  });

  test('from a ready model: its texts and its IMP line the rectorat pays apart, to adapt', async () => {
    await site.withPage(async (page) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(site.server.url('modeles/creer/'));
      await page.getByRole('link', { name: 'Référent Cordée de la réussite' }).click();

      const mission = page.getByLabel('Nom de la mission');
      await mission.waitFor();
      expect(await mission.inputValue()).toBe('Référent Cordée de la réussite');
      await expect
        .poll(() => page.locator('.letter-page').innerText())
        .toContain('Co-conception et co-pilotage des contenus de la Cordée');
      const apart = page.getByLabel('La ligne IMP 1 est payée par une dotation du rectorat à part');
      expect(await apart.isChecked()).toBe(true);
      expect(
        await page
          .getByLabel('La ligne IMP 2 est payée par une dotation du rectorat à part')
          .isChecked(),
      ).toBe(false);
      expect(errors).toEqual([]);
    });
  });

  test('a field and an agreement inserted with the controls; the letter of Madame agrees', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('modeles/creer/'));
      await page.getByRole('button', { name: 'Partir de zéro' }).click();
      await page.getByLabel('Nom de la mission').fill('Référent Zéphyr');
      await page.getByRole('button', { name: 'Ajouter une mission' }).click();
      // The new mission's box has the focus: typing in it makes it the one the controls write in.
      await page.keyboard.type('Veiller, ');
      await page.getByLabel('Insérer un champ').selectOption({ label: 'Nom de la personne' });
      await page
        .getByRole('button', { name: /^Insérer le champ dans «\s?Mission 2\s?»$/u })
        .click();
      await page.keyboard.type(', en ');
      await page.locator('.insert-agreement > summary').click();
      await page.getByLabel('Forme au masculin').fill('référent');
      // An invalid form is said by its field, and nothing is inserted.
      await page.getByLabel('Forme au féminin').fill('référente|');
      await page.getByLabel('Forme au féminin').press('Enter');
      const error = page.locator('#agreement-feminine-msg');
      await expect.poll(() => error.innerText()).toContain('ne peut contenir que des lettres');
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await page.getByLabel('Forme au féminin').fill('référente');
      await page.getByLabel('Forme au féminin').press('Enter');
      const mission = page.getByLabel('Mission 2', { exact: true });
      // The cursor is back in the box, after the agreement: the keyboard goes on writing there.
      await expect.poll(() => mission.evaluate((box) => box === document.activeElement)).toBe(true);
      await page.keyboard.type(' Zéphyr, la girouette.');

      expect(await mission.inputValue()).toBe(
        'Veiller, {nom}, en {référent|référente} Zéphyr, la girouette.',
      );
      const chips = page.locator('#s0-b0-item-1-blanks');
      expect(await chips.innerText()).toContain('Nom de la personne');
      expect(await chips.innerText()).toContain('référent / référente (selon la civilité)');
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });

      await page.getByRole('link', { name: 'Écrire une lettre avec ce modèle' }).click();
      await page.waitForURL(/\/modeles\/rediger\/\?modele=/u);
      const civilite = page.locator('#f-civilite');
      await civilite.waitFor();
      await page.locator('#f-nom').fill('Dubois');
      await civilite.selectOption('Madame');
      await expect
        .poll(() => page.locator('.letter-page').innerText())
        .toContain('Veiller, Dubois, en référente Zéphyr, la girouette.');
    });
  });
});
