/**
 * Storage honesty in a real Chromium: IndexedDB that never answers, or is missing, is said on
 * screen in French, the work stays in the page and a backup is offered; nothing is written to
 * localStorage behind the user's back.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');

/** `indexedDB.open` returns a request that never fires: no success, no error, no blocked. */
const hangingOpen = () => {
  IDBFactory.prototype.open = function open() {
    const request = { onsuccess: null, onerror: null, onupgradeneeded: null, onblocked: null };
    return request as unknown as IDBOpenDBRequest;
  };
};

/** A browser where IndexedDB is missing (disabled, or an old embedded browser). */
const noIndexedDb = () => {
  Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
};

/** Waits for the storage alert, types a name and checks it is in the page. */
async function alertAndTyping(page: Page, message: string): Promise<void> {
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  expect(await alert.innerText()).toContain(message);
  expect(
    await alert.getByRole('button', { name: 'Télécharger une sauvegarde de cette lettre' }).count(),
  ).toBe(1);
  await page.locator('#f-nom').fill('Curie');
  await expect.poll(() => page.locator('.letter-page').innerText()).toContain('Curie');
}

describe('the editor when the browser’s storage fails', () => {
  test('an IndexedDB open that never answers: message, work kept, backup offered', async () => {
    await site.withPage(async (page) => {
      await page.addInitScript(hangingOpen);
      await page.goto(editorUrl());
      await alertAndTyping(page, 'Le stockage du navigateur ne répond pas');
      expect(await page.getByText('Chargement de la lettre…').count()).toBe(0);
    });
  });

  test('no IndexedDB: said on screen, and nothing silently kept in localStorage', async () => {
    await site.withPage(async (page) => {
      await page.addInitScript(noIndexedDb);
      await page.goto(editorUrl());
      await alertAndTyping(page, 'Le navigateur ne permet pas d’enregistrer');
      // The autosave ran and failed: the page says « Non enregistré », never « Enregistré »
      // (a localStorage fallback would have written the letter and said so).
      const status = page.locator('.save-status[data-state="error"]');
      await status.waitFor({ timeout: 20_000 });
      expect(await status.innerText()).toBe('Non enregistré.');
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
    });
  });
});
