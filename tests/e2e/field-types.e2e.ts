/**
 * The field types « Montant en euros » and « Oui ou non » in a real Chromium: a model made in
 * « Créer un modèle » with both, then a letter written from it; the preview prints the amount
 * the French way and the answer in words.
 */
import { describe, expect, test } from 'vitest';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { findViolations, formatViolations } from './support/axe';
import { waitForSaved } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });

describe('amount and yes/no fields', () => {
  test('a model with both gives a letter printing « 1 250,50 € » and « oui »', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('modeles/creer/'));
      await page.getByRole('button', { name: 'Partir de zéro' }).click();
      await page.getByLabel('Nom de la mission').fill('Référent Alizé');
      for (const [label, type] of [
        ['Prime annuelle', 'Montant en euros'],
        ['Logement de fonction', 'Oui ou non'],
      ] as const) {
        await page.getByLabel('Libellé du nouveau champ').fill(label);
        await page.getByLabel('Libellé du nouveau champ').press('Enter');
        const number = await page.locator('[id^="field-"][id$="-type"]').count();
        await page.getByLabel(`Type du champ ${number}`).selectOption({ label: type });
      }
      await page.getByRole('button', { name: 'Ajouter une mission' }).click();
      await page.keyboard.type(
        'Prime de {primeAnnuelle}, logement de fonction : {logementDeFonction}.',
      );
      await expect.poll(() => page.locator('.builder-issues li').count()).toBe(0);
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });

      await page.goto(site.server.url('mes-modeles/'));
      await page
        .getByRole('link', { name: /Écrire une lettre avec le modèle «.Référent Alizé/ })
        .click();
      const amount = page.locator('#f-primeAnnuelle');
      await amount.waitFor();
      expect(await amount.getAttribute('inputmode')).toBe('decimal');
      await amount.fill('1250,5');
      // The radio group is reached and answered with the keyboard alone.
      await page.locator('#f-logementDeFonction').focus();
      await page.keyboard.press('Space');
      expect(await page.getByRole('radio', { name: 'Oui', exact: true }).isChecked()).toBe(true);
      await waitForSaved(page);

      const preview = page.locator('.letter-page');
      await expect
        .poll(() => preview.textContent())
        .toContain('Prime de 1\u202f250,50\u00a0€, logement de fonction\u00a0: oui.');
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('radio', { name: 'Non', exact: true }).isChecked()).toBe(true);
      await expect.poll(() => preview.textContent()).toContain('logement de fonction\u00a0: non.');
      // The field is optional: the answer can be taken back.
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('radio', { name: 'Non précisé' }).isChecked()).toBe(true);
      await expect
        .poll(() => preview.textContent())
        .not.toContain('logement de fonction\u00a0: non.');
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  });
});
