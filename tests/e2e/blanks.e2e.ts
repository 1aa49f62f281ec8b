/**
 * Blanks in a real Chromium: a field is inserted into a mission by choosing it from the list, the
 * box says which blanks it cites by their labels, and the preview prints the value.
 */
import { describe, expect, test } from 'vitest';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { tabTo, typeInto, waitForSaved } from './support/keyboard';

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

      expect(await mission.inputValue()).toBe('Accompagner {nom}');
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
});
