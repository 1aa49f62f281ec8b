/**
 * Letter statuses in a real Chromium: a status set by hand is written with its dated history
 * and kept across a reload, « Mes lettres » shows it and filters by it; the first edit of a
 * signed letter asks first (an accessible dialog): « Annuler » leaves the letter signed and as
 * it was, « Modifier » makes the edit and puts it back « À revoir » with its reason.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { tabTo, typeInto, waitForSaved } from './support/keyboard';
import { boxSource } from './support/text-box';
import { findViolations, formatViolations } from './support/axe';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');

/** « 4 mai 2027 », « 1er juin 2027 »: a day as the history writes it. */
const DAY = String.raw`(1er|\d{1,2}) \p{L}+ \d{4}`;

/** The status the editor shows (the heading of its status panel). */
const shownStatus = async (page: Page) =>
  (await page.locator('#letter-status-title .status-badge').textContent())?.trim();

/** The history's lines, newest first. */
const history = (page: Page) => page.locator('.status-history li').allTextContents();

/** A letter for « Claire Dubois », written, then set « Signée » by hand. */
async function signedLetter(page: Page): Promise<void> {
  await page.goto(editorUrl());
  await page.locator('#f-nom').waitFor();
  await typeInto(page, page.locator('#f-nom'), 'Dubois');
  await waitForSaved(page);
  await page.getByLabel('Nouveau statut').selectOption({ label: 'Signée' });
  await page.getByLabel('Précision (facultative)').fill('Signée au bureau');
  await page.getByRole('button', { name: 'Changer le statut' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Statut de la lettre\u00a0: Signée (Signée au bureau).' })
    .waitFor();
  await waitForSaved(page);
}

describe('a status set by hand', () => {
  test('is kept with its history across a reload, and « Mes lettres » shows and filters it', async () => {
    await site.withPage(async (page) => {
      await signedLetter(page);
      await page.reload();
      await page.locator('#f-nom').waitFor();
      expect(await shownStatus(page)).toBe('Signée');
      const lines = await history(page);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Signée le ${DAY}\u00a0: Signée au bureau$`, 'u'));

      await page.goto(site.server.url('mes-lettres/'));
      const card = page.locator('.letter-card');
      await card.first().waitFor();
      expect(await card.locator('.status-badge').allTextContents()).toEqual(['Signée']);
      const filter = page.getByLabel('Statut', { exact: true });
      await filter.selectOption({ label: 'Brouillon' });
      await page
        .getByRole('status')
        .filter({ hasText: 'Aucune lettre ne correspond au statut «\u00a0Brouillon\u00a0».' })
        .waitFor();
      expect(await card.count()).toBe(0);
      await filter.selectOption({ label: 'Signée' });
      await page
        .getByRole('status')
        .filter({ hasText: '1 lettre sur 1 correspond au statut «\u00a0Signée\u00a0».' })
        .waitFor();
      expect(await card.count()).toBe(1);
    });
  });
});

describe('editing a signed letter', () => {
  test('asks first: « Annuler » keeps it signed and as it was, « Modifier » puts it « À revoir »', async () => {
    await site.withPage(async (page) => {
      await signedLetter(page);
      const dialog = page.getByRole('dialog', { name: 'Modifier une lettre signée\u00a0?' });

      // Typing in a field: asked before anything lands.
      await tabTo(page, page.locator('#f-prenom'));
      await page.keyboard.type('C');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        'Cette lettre est signée. La modifier la remettra «\u00a0À revoir\u00a0»',
      );
      // The editor with the dialog open passes the WCAG 2.1 AA checks.
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await dialog.getByRole('button', { name: 'Annuler' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.locator('#f-prenom').inputValue()).toBe('');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-prenom');
      expect(await shownStatus(page)).toBe('Signée');

      // Clearing a text box, cancelled with Échap: the title stays as it was.
      const title = page.locator('#letter-title');
      const before = await boxSource(title);
      await tabTo(page, title);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await boxSource(title)).toBe(before);

      await page.reload();
      await page.locator('#f-prenom').waitFor();
      expect(await shownStatus(page)).toBe('Signée');
      expect(await page.locator('#f-prenom').inputValue()).toBe('');
      expect(await boxSource(page.locator('#letter-title'))).toBe(before);

      // « Modifier »: the edit is made and the letter goes back « À revoir ».
      await tabTo(page, page.locator('#f-prenom'));
      await page.keyboard.type('C');
      await dialog.getByRole('button', { name: 'Modifier' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.locator('#f-prenom').inputValue()).toBe('C');
      expect(await shownStatus(page)).toBe('À revoir');
      await waitForSaved(page);

      await page.reload();
      await page.locator('#f-prenom').waitFor();
      expect(await page.locator('#f-prenom').inputValue()).toBe('C');
      expect(await shownStatus(page)).toBe('À revoir');
      const lines = await history(page);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        new RegExp(`^Mise «\u00a0À revoir\u00a0» le ${DAY}\u00a0: Modifiée après signature$`, 'u'),
      );
      expect(lines[1]).toMatch(new RegExp(`^Signée le ${DAY}`, 'u'));
      // Further edits go through without asking.
      await page.keyboard.type('laire');
      expect(await dialog.isVisible()).toBe(false);
    });
  });
});
