/**
 * Blanks in a real Chromium: a field is inserted into a mission by choosing it from the list, the
 * box says which blanks it cites by their labels, and the preview prints the value.
 */
import { describe, expect, test } from 'vitest';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { tabTo, typeInto, waitForSaved } from './support/keyboard';
import { boxSource } from './support/text-box';

const site = useSite({ root: distDir, base: distBase });

describe('blanks in the text', () => {
  test('a field is inserted at the cursor by keyboard, shown by its label and printed', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Zéphyrin');
      const mission = page.locator('.section-editor').first().getByRole('textbox', {
        name: 'Mission 1',
      });
      await typeInto(page, mission, 'Accompagner ');
      await tabTo(page, page.getByLabel('Insérer un champ dans le texte'));
      await page.locator('#blank-choice').selectOption({ label: 'Nom du référent' });
      await tabTo(page, page.getByRole('button', { name: /^Insérer dans «\s?Mission 1\s?»$/ }));
      await page.keyboard.press('Enter');

      // The box shows the blank as a named piece, never as « {nom} ».
      expect(await boxSource(mission)).toBe('Accompagner {nom}');
      expect(await mission.innerText()).toBe('Accompagner Nom du référent');
      // The box is described by its blanks and by its character counter: read all of it.
      const describedBy = ((await mission.getAttribute('aria-describedby')) ?? '').split(' ');
      const description = async () =>
        (await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()))).join(
          '\n',
        );
      expect(await description()).toContain('Nom du référent');
      await waitForSaved(page);
      await expect
        .poll(() => page.locator('.letter-page').innerText())
        .toContain('Accompagner Zéphyrin');

      // A typo in braces is flagged under its box, by what it is.
      await typeInto(page, mission, 'Accompagner {prénom}');
      expect(await description()).toContain('{prénom}\u00a0: champ inconnu');
    });
  });

  test('the form shows no template code, and braces a head types print as typed', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
      await page.locator('#f-nom').waitFor();
      const form = page.locator('.editor-form');
      // The model's texts hold « {référent|référente} », « {auEtablissement} », « {nomChef} »…:
      // the form names each piece, it never shows the syntax.
      expect(await form.innerText()).not.toMatch(/\{[^}\n]*\}/);
      const objet = page.getByRole('textbox', { name: 'Objet' });
      expect(await objet.innerText()).toBe('Mission de référent / référente décrochage scolaire');
      await tabTo(page, page.locator('#f-civilite'));
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => objet.innerText()).toBe('Mission de référente décrochage scolaire');
      expect(await page.locator('#letter-title').innerText()).toBe(
        'Lettre de mission de la référente «\u00a0Décrochage scolaire\u00a0»',
      );

      await typeInto(page, page.locator('#f-nom'), 'Zéphyrin');
      const mission = page.locator('.section-editor').first().getByRole('textbox', {
        name: 'Mission 1',
      });
      await typeInto(page, mission, 'Écrire {nom} et {il|elle} tels quels.');
      await waitForSaved(page);
      const printed = 'Écrire {nom} et {il|elle} tels quels.';
      await expect.poll(() => page.locator('.letter-page').innerText()).toContain(printed);
      await page.reload();
      await mission.waitFor();
      expect(await mission.innerText()).toBe(printed);
      expect(await page.locator('.letter-page').innerText()).toContain(printed);
      expect(await page.locator('.letter-page').innerText()).not.toContain('Écrire Zéphyrin');

      // Enter starts a new line of the same text, as in the text areas the boxes replace.
      await typeInto(page, mission, 'Une ligne');
      await page.keyboard.press('Enter');
      await page.keyboard.type('puis une autre.');
      expect(await boxSource(mission)).toBe('Une ligne\npuis une autre.');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Fin.');
      expect(await boxSource(mission)).toBe('Une ligne\npuis une autre.\n\nFin.');
    });
  });
});
