/**
 * Faults only a real browser can give: the site's data cleared while a letter is being written,
 * and IndexedDB refusing writes (quota) from the middle of a session. Either way the page says
 * so in French or writes the letter again, and the text typed is never lost.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { waitForSaved } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');

/** Every IndexedDB write throws QuotaExceededError while `window.quotaFull` is true. */
const quotaSwitch = () => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function guardedPut(this: IDBObjectStore, ...args) {
    if ((window as { quotaFull?: boolean }).quotaFull)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  } as typeof put;
};

/** The letter's name as the backup offered by the alert holds it. */
async function nameInBackup(page: Page): Promise<unknown> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger une sauvegarde de cette lettre' }).click(),
  ]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    letters: { values: Record<string, string> }[];
  };
  return backup.letters[0]?.values['nom'];
}

describe('faults in Chromium while a letter is being written', () => {
  test('site data cleared while editing: the letter is written again, nothing typed is lost', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl());
      await page.locator('#f-nom').fill('Curie');
      await waitForSaved(page);
      const url = page.url();
      // What « Effacer les données du site » does to the open page: the database goes.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', {
        origin: new URL(url).origin,
        storageTypes: 'indexeddb',
      });
      const databases = () =>
        page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
      expect(await databases()).not.toContain('lettres-de-mission');
      await page.locator('#f-nom').fill('Curie-Sklodowska');
      await waitForSaved(page);
      await page.goto(url);
      await expect.poll(() => page.locator('#f-nom').inputValue()).toBe('Curie-Sklodowska');
    });
  });

  test('quota from the middle of a session: said in French, text kept, backup offered, retried', async () => {
    await site.withPage(async (page) => {
      await page.addInitScript(quotaSwitch);
      await page.goto(editorUrl());
      await page.locator('#f-nom').fill('Curie');
      await waitForSaved(page);
      await page.evaluate(() => ((window as { quotaFull?: boolean }).quotaFull = true));

      await page.locator('#f-nom').fill('Curie-Sklodowska');
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.innerText()).toContain(
        'L’espace de stockage du navigateur est plein\u00a0: la lettre n’a pas pu être enregistrée.',
      );
      expect(await page.locator('.save-status[data-state="error"]').innerText()).toBe(
        'Non enregistré.',
      );
      expect(await page.locator('#f-nom').inputValue()).toBe('Curie-Sklodowska');
      expect(await nameInBackup(page)).toBe('Curie-Sklodowska');

      // Space freed: « Réessayer d’enregistrer » writes the text, which a reload finds.
      await page.evaluate(() => ((window as { quotaFull?: boolean }).quotaFull = false));
      await page.getByRole('button', { name: 'Réessayer d’enregistrer' }).click();
      await waitForSaved(page);
      await page.reload();
      await expect.poll(() => page.locator('#f-nom').inputValue()).toBe('Curie-Sklodowska');
    });
  });
});
