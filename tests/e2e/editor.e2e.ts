/**
 * The editor in a real Chromium with real IndexedDB: writing a whole letter with the keyboard,
 * finding it again after a reload, two tabs on the same letter, hostile text.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { HOSTILE, recordDialogs } from './support/hostile';
import { tabTo, typeInto, waitForSaved } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = (slug: string) => site.server.url(`lettres/${slug}/rediger/`);
const preview = (page: Page) => page.locator('.letter-page');

describe('writing a whole letter with the keyboard only, then coming back to it', () => {
  test('every value typed is still there after a reload, in the form and the preview', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl('referent-decrochage-scolaire'));
      await page.locator('#f-nom').waitFor();
      const values: [string, string][] = [
        ['#f-anneeScolaire', '2025-2026'],
        ['#f-prenom', 'Camille'],
        ['#f-nom', 'Dupont'],
        ['#school-etablissement', 'Collège Jean Moulin'],
        ['#school-chef', 'Bernard Martin'],
        ['#school-ville', 'Melun'],
        ['#school-uai', '0771234A'],
      ];
      for (const [selector, value] of values) await typeInto(page, page.locator(selector), value);
      // The civilité is a choice: « — » then « Madame » with the arrow key.
      await tabTo(page, page.locator('#f-civilite'));
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.locator('#f-civilite').inputValue()).toBe('Madame');

      // The first mission item, rewritten, then moved down with its button.
      const firstItem = page.locator('.section-editor .template-box').first();
      await typeInto(page, firstItem, 'Mission adaptée à notre collège.');
      const down = page
        .locator('.section-editor .item-tools')
        .first()
        .getByRole('button', {
          name: /Descendre/,
        });
      await tabTo(page, down);
      await page.keyboard.press('Enter');

      // The IMP: taux chosen in the list with the arrow keys.
      await tabTo(page, page.locator('#imp-etablissement-taux'));
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => page.locator('.imp-amount').first().innerText())
        .toContain('1\u202f250');

      await waitForSaved(page);
      expect(page.url()).toContain('?id=');
      const text = await preview(page).innerText();
      expect(text).toContain('Madame Camille Dupont');
      expect(text).toContain('Il est confié à Madame Camille Dupont la mission de référente');
      expect(text).toContain('Melun, le');

      await page.reload();
      await page.locator('#f-nom').waitFor();
      for (const [selector, value] of values) {
        expect(await page.locator(selector).inputValue(), selector).toBe(value);
      }
      const items = await page
        .locator('.section-editor .template-box')
        .evaluateAll((boxes) => boxes.map((box) => box.textContent));
      expect(items[1]).toBe('Mission adaptée à notre collège.');
      expect(await page.locator('#imp-etablissement-taux').inputValue()).toBe('3');
      const reloaded = await preview(page).innerText();
      expect(await page.locator('#f-civilite').inputValue()).toBe('Madame');
      expect(reloaded).toContain('Madame Camille Dupont');
      expect(reloaded).toContain('1\u202f250\u00a0€');
    });
  });
});

describe('hostile text stays text', () => {
  test('an HTML tag typed in a field shows as typed and never runs', async () => {
    await site.withPage(async (page) => {
      const dialogs = recordDialogs(page);
      const hostile = HOSTILE;
      await page.goto(editorUrl('referent-decrochage-scolaire'));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), hostile);
      await typeInto(page, page.locator('.section-editor .template-box').first(), hostile);
      await waitForSaved(page);
      expect(await page.locator('#f-nom').inputValue()).toBe(hostile);
      expect(await preview(page).innerText()).toContain(hostile);
      expect(await preview(page).locator('img').count()).toBe(0);
      await page.reload();
      await page.locator('#f-nom').waitFor();
      expect(await preview(page).innerText()).toContain(hostile);
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });
  });
});

describe('two tabs on the same letter', () => {
  test('the other tab follows a save, and a real conflict asks the user', async () => {
    await site.withPage(async (first, context) => {
      await first.goto(editorUrl('coordonnateur-devoirs-faits'));
      await typeInto(first, first.locator('#f-nom'), 'Martin');
      await waitForSaved(first);
      const second = await context.newPage();
      await second.goto(first.url());
      await second.locator('#f-nom').waitFor();
      expect(await second.locator('#f-nom').inputValue()).toBe('Martin');

      // A change in the first tab shows in the second, which had no edits of its own.
      await typeInto(first, first.locator('#f-prenom'), 'Léa');
      await waitForSaved(first);
      await expect.poll(() => second.locator('#f-prenom').inputValue()).toBe('Léa');

      // Both edit before either saved: the later one is told, and nothing is overwritten.
      await first.locator('#f-nom').fill('Martin-Premier');
      await second.locator('#f-nom').fill('Martin-Second');
      const alert = second.getByRole('alert').filter({ hasText: 'autre onglet' });
      await alert.waitFor({ timeout: 10_000 });
      await first.reload();
      await first.locator('#f-nom').waitFor();
      expect(await first.locator('#f-nom').inputValue()).toBe('Martin-Premier');

      // The user keeps this tab's version: it is written over the other.
      await second.getByRole('button', { name: 'Garder la version de cet onglet' }).click();
      await waitForSaved(second);
      await first.reload();
      await first.locator('#f-nom').waitFor();
      expect(await first.locator('#f-nom').inputValue()).toBe('Martin-Second');
    });
  });
});
