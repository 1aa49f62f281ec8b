/**
 * The editor on a phone (390×844): a compact sticky bar (at most 15 % of the screen's height), a
 * « Formulaire / Aperçu » switch so the preview is one press away rather than 12 000 px down, and
 * no focused field hidden under the bar. On a wide screen the form and the preview stay side by
 * side, with no switch.
 */
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { tabTo } from './support/keyboard';
import { findViolations, formatViolations } from './support/axe';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');
const phone = { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' } as const;

async function openEditor(page: Page): Promise<void> {
  await page.goto(editorUrl());
  await page.locator('#f-nom').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const barBottom = (page: Page) =>
  page.locator('.editor-bar').evaluate((bar) => bar.getBoundingClientRect().bottom);
const top = (target: Locator) => target.evaluate((element) => element.getBoundingClientRect().top);
const focusedTop = (page: Page) =>
  page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);

describe('the editor on a phone (390×844)', () => {
  test('the sticky bar takes at most 15 % of the height, and the page is accessible', async () => {
    await site.withPage(async (page) => {
      await openEditor(page);
      const bar = page.locator('.editor-bar');
      expect(
        await bar.evaluate((element) => element.getBoundingClientRect().height),
      ).toBeLessThanOrEqual(844 * 0.15);
      // Still at most 15 % once scrolled, where it sticks.
      await page.evaluate(() => window.scrollTo(0, 3000));
      expect(await top(bar)).toBe(0);
      expect(await barBottom(page)).toBeLessThanOrEqual(844 * 0.15);
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    }, phone);
  });

  test('« Aperçu » shows the preview on the first screen and hides the form; « Formulaire » brings it back', async () => {
    await site.withPage(async (page) => {
      await openEditor(page);
      // Located by class: a hidden form has no role to be found by.
      const form = page.locator('form.editor-form');
      const preview = page.locator('.editor-preview');
      const formButton = page.getByRole('button', { name: 'Formulaire', exact: true });
      const previewButton = page.getByRole('button', { name: 'Aperçu', exact: true });
      expect(await formButton.getAttribute('aria-pressed')).toBe('true');
      expect(await previewButton.getAttribute('aria-pressed')).toBe('false');
      expect(await preview.getAttribute('hidden')).not.toBeNull();

      // From deep in the form, by keyboard.
      await page.evaluate(() => window.scrollTo(0, 4000));
      await tabTo(page, previewButton);
      await page.keyboard.press('Enter');
      expect(await previewButton.getAttribute('aria-pressed')).toBe('true');
      expect(await form.getAttribute('hidden')).not.toBeNull();
      expect(await form.isVisible()).toBe(false);
      expect(await preview.isVisible()).toBe(true);
      const previewTop = await top(preview);
      expect(previewTop).toBeGreaterThanOrEqual(await barBottom(page));
      expect(previewTop).toBeLessThan(844);
      expect(await page.locator('.letter-page').first().isVisible()).toBe(true);
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      await tabTo(page, formButton);
      await page.keyboard.press('Space');
      expect(await formButton.getAttribute('aria-pressed')).toBe('true');
      expect(await form.isVisible()).toBe(true);
      expect(await preview.getAttribute('hidden')).not.toBeNull();
    }, phone);
  });

  test('a tall field reached with Shift+Tab from further down is not under the bar', async () => {
    await site.withPage(async (page) => {
      await openEditor(page);
      // A long mission, several lines tall on a phone: the browser centres it on the screen.
      const mission = page
        .locator('.section-editor')
        .first()
        .getByRole('textbox', { name: 'Mission 3' });
      await tabTo(page, mission);
      await page.keyboard.press('Tab');
      // The mission scrolled out of sight above, then reached back with the keyboard.
      await page.evaluate(
        (y) => window.scrollBy(0, y),
        await mission.evaluate((element) => element.getBoundingClientRect().bottom),
      );
      for (let presses = 0; presses < 10; presses += 1) {
        if (await mission.evaluate((element) => element === document.activeElement)) break;
        await page.keyboard.press('Shift+Tab');
      }
      expect(await mission.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await top(mission)).toBeGreaterThanOrEqual(await barBottom(page));
      expect(await top(mission)).toBeLessThan(844);
    }, phone);
  });

  test('a link of the check before the PDF shows the form and its field below the bar', async () => {
    await site.withPage(async (page) => {
      await openEditor(page);
      await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
      const more = page.getByRole('button', { name: 'Actions', exact: true });
      await more.click();
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
      const check = page.getByRole('region', { name: /^Avant de télécharger le PDF/ });
      await check.waitFor();
      const link = check.getByRole('link').last();
      const target = ((await link.getAttribute('href')) ?? '').slice(1);
      await link.click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
      expect(await page.getByRole('form', { name: 'Rédaction de la lettre' }).isVisible()).toBe(
        true,
      );
      const focused = await focusedTop(page);
      expect(focused).toBeGreaterThanOrEqual(await barBottom(page));
      expect(focused).toBeLessThan(844);
    }, phone);
  });
});

describe('the editor on a wide screen (1280×800)', () => {
  test('shows the form and the preview side by side, with no switch', async () => {
    await site.withPage(
      async (page) => {
        await openEditor(page);
        // Located by class: a hidden form has no role to be found by.
        const form = page.locator('form.editor-form');
        const preview = page.locator('.editor-preview');
        expect(await form.isVisible()).toBe(true);
        expect(await preview.isVisible()).toBe(true);
        expect(await top(preview)).toBeLessThan(800);
        expect(await page.getByRole('button', { name: 'Aperçu', exact: true }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Actions', exact: true }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Télécharger le PDF' }).isVisible()).toBe(
          true,
        );
      },
      { viewport: { width: 1280, height: 800 } },
    );
  });
});
