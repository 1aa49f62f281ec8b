/**
 * Imports into a real Chromium whose storage is nearly full: the message says that no letter
 * was imported, and the letters already there are intact, both when the browser's estimate
 * warns beforehand and when only the write itself fails midway (a quota error injected at the
 * 150th put: the one IndexedDB transaction is aborted, and IndexedDB undoes the 149 others).
 * Both are injected in the page: Chromium's `navigator.storage.estimate()` reports a fixed
 * figure, and a quota set with the DevTools protocol did not stop writes to a database
 * already open, here.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });
const cards = (page: Page) => page.locator('.letter-card');

/** One letter written in the editor, then a backup of `count` new letters made from it. */
async function letterAndBackup(page: Page, count: number): Promise<Buffer> {
  await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
  await page.locator('#f-nom').waitFor();
  await typeInto(page, page.locator('#f-nom'), 'Dupont');
  await waitForSaved(page);
  await page.goto(site.server.url('mes-lettres/'));
  await expect.poll(() => cards(page).count()).toBe(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Télécharger toutes mes lettres/ }).click(),
  ]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    letters: { id: string; values: Record<string, string> }[];
  };
  const [letter] = backup.letters;
  if (!letter) throw new Error('the backup holds no letter');
  const letters = Array.from({ length: count }, (_, i) => ({
    ...letter,
    id: `importee${i}`,
    values: { ...letter.values, nom: `Importée ${i}` },
  }));
  return Buffer.from(JSON.stringify({ ...backup, letters }));
}

/**
 * From now on, IndexedDB accepts `room` more puts, then refuses the next one with a quota
 * error, as a full disk does: the transaction holding them is aborted by the page's code.
 */
async function fillStorage(page: Page, room: number) {
  await page.evaluate((left) => {
    let puts = left;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (puts-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  }, room);
}

async function importFile(page: Page, buffer: Buffer) {
  await page.locator('#import-file').setInputFiles({
    name: 'sauvegarde.json',
    mimeType: 'application/json',
    buffer,
  });
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
}

/** The letters stored, read from IndexedDB itself. */
const storedNames = (page: Page) =>
  page.evaluate(async () => {
    const letters = await new Promise<{ values: Record<string, string> }[]>((resolve, reject) => {
      const open = indexedDB.open('lettres-de-mission');
      open.onerror = () => reject(open.error ?? new Error('open failed'));
      open.onsuccess = () => {
        const request = open.result
          .transaction('donnees', 'readonly')
          .objectStore('donnees')
          .getAll();
        request.onsuccess = () => resolve(request.result as { values: Record<string, string> }[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      };
    });
    return letters.map((letter) => letter.values?.['nom']).filter(Boolean);
  });

describe('importing into a nearly full storage', () => {
  test('the estimate warns first: nothing imported, said with figures, letters intact', async () => {
    await site.withPage(async (page) => {
      await page.addInitScript(() => {
        navigator.storage.estimate = async () => ({ usage: 99_990_000, quota: 100_000_000 });
      });
      const backup = await letterAndBackup(page, 10);
      await importFile(page, backup);
      const alert = page.locator('#import-failed');
      await expect
        .poll(() => alert.innerText())
        .toMatch(
          /Il ne reste pas assez de place[\s\S]*Aucune lettre de la sauvegarde n’a été importée/,
        );
      await page.reload();
      await expect.poll(() => cards(page).count()).toBe(1);
      expect(await storedNames(page)).toEqual(['Dupont']);
    });
  });

  test('only the write fails: the transaction is undone whole, nothing imported', async () => {
    await site.withPage(async (page) => {
      // The estimate says there is room: only the write stops, at its 150th letter.
      const backup = await letterAndBackup(page, 200);
      await fillStorage(page, 150);
      await importFile(page, backup);
      const alert = page.locator('#import-failed');
      await expect
        .poll(() => alert.innerText())
        .toMatch(/plein[\s\S]*aucune lettre de la sauvegarde n’a été importée/);
      await page.reload();
      await expect.poll(() => cards(page).count()).toBe(1);
      expect(await storedNames(page)).toEqual(['Dupont']);
    });
  });
});
