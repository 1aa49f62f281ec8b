/**
 * Editor comfort in a real Chromium: undoing a removal with the keyboard, the preview following
 * the field being edited, text boxes growing with their text, and no letter written by
 * « Ajouter » alone.
 */
import { describe, expect, test } from 'vitest';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { tabTo, typeInto, waitForSaved } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = (slug: string) => site.server.url(`lettres/${slug}/rediger/`);

describe('undoing a removal', () => {
  test('a removed mission comes back at its place with « Annuler », by keyboard', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl('referent-decrochage-scolaire'));
      await page.locator('#f-nom').waitFor();
      const section = page.locator('.section-editor').first();
      const missions = () =>
        section
          .getByRole('textbox', { name: /^Mission \d+$/ })
          .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
      const before = await missions();
      await tabTo(page, section.getByRole('button', { name: 'Supprimer la mission 2' }));
      await page.keyboard.press('Enter');
      expect(await missions()).toEqual([before[0], ...before.slice(2)]);
      const bar = page.locator('.editor-bar [role="status"].undo-bar');
      await expect.poll(() => bar.innerText()).toContain('Mission 2 supprimée');

      await tabTo(page, bar.getByRole('button', { name: 'Annuler la suppression' }));
      await page.keyboard.press('Enter');
      expect(await missions()).toEqual(before);
      const focused = await page.evaluate(() => document.activeElement?.id ?? '');
      expect(focused).toBe(
        await section.getByRole('textbox', { name: 'Mission 2' }).getAttribute('id'),
      );
    });
  });
});

describe('the preview follows the field being edited', () => {
  test('focusing the copies scrolls the preview (alone) to the copy lines', async () => {
    await site.withPage(
      async (page) => {
        await page.goto(editorUrl('referent-decrochage-scolaire'));
        const pane = page.locator('.editor-preview');
        await page.locator('#f-nom').waitFor();
        expect(await pane.evaluate((element) => element.scrollTop)).toBe(0);
        await page.getByRole('textbox', { name: 'Ligne de copie 1' }).focus();
        const copies = page.locator('.letter-page [data-block="copies"]');
        await expect
          .poll(() =>
            copies.evaluate((block) => {
              const box = block.getBoundingClientRect();
              const view = block.closest('.editor-preview')?.getBoundingClientRect();
              return view !== undefined && box.top >= view.top && box.top < view.bottom;
            }),
          )
          .toBe(true);
        expect(await pane.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
      },
      { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' },
    );
  });
});

describe('text boxes grow with their text', () => {
  test('a mission grows as lines are typed', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl('referent-decrochage-scolaire'));
      await page.locator('#f-nom').waitFor();
      const box = page
        .locator('.section-editor')
        .first()
        .getByRole('textbox', { name: 'Mission 1' });
      const height = () => box.evaluate((element) => element.getBoundingClientRect().height);
      await typeInto(page, box, 'Une ligne.');
      const short = await height();
      await page.keyboard.type('\nDeux.\nTrois.\nQuatre.\nCinq.\nSix.');
      expect(await height()).toBeGreaterThan(short + 40);
    });
  });
});

describe('a new letter is written on its first change of content', () => {
  test('« Ajouter » alone leaves « Mes lettres » empty; typing writes the letter', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl('referent-decrochage-scolaire'));
      await page.locator('#f-nom').waitFor();
      await page.getByRole('button', { name: 'Ajouter une ligne de copie' }).click();
      await page.getByRole('button', { name: 'Ajouter une section' }).click();
      await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('idle');
      await page.goto(site.server.url('mes-lettres/'));
      // Shown only once the list is read and holds no letter.
      await page.locator('p.empty').waitFor();
      expect(await page.locator('.letter-card').count()).toBe(0);

      await page.goto(editorUrl('referent-decrochage-scolaire'));
      await typeInto(page, page.locator('#f-nom'), 'Dupont');
      await waitForSaved(page);
      expect(page.url()).toContain('?id=');
    });
  });
});
