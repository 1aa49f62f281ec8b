/**
 * « Mes lettres » over summaries, in a real Chromium with real IndexedDB: a thousand letters are
 * listed and searched; a letter written without its summary, or whose summary is of an older
 * revision (an older version of the site saved it), is listed with the letter's own values.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readRaw, writeRaw } from './support/raw-store';
import { typeInto, waitForSaved } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });
const cards = (page: Page) => page.locator('.letter-card');
const results = (page: Page) => page.locator('.letters .results');

/** Writes one letter in the editor and returns its stored record. */
async function writeLetter(page: Page, nom: string): Promise<Record<string, unknown>> {
  await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
  await page.locator('#f-nom').waitFor();
  await typeInto(page, page.locator('#f-nom'), nom);
  await waitForSaved(page);
  const id = new URL(page.url()).searchParams.get('id');
  const stored = await readRaw(page, `letter:${id}`);
  return stored as Record<string, unknown>;
}

/** Stores `n` copies of `letter` (ids `copy00000`…, names `Nom 0`…) in one transaction. */
function storeCopies(page: Page, letter: Record<string, unknown>, n: number): Promise<void> {
  return page.evaluate(
    ([letter, n]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lettres-de-mission');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('donnees', 'readwrite');
          const store = transaction.objectStore('donnees');
          const values = letter['values'] as Record<string, string>;
          for (let i = 0; i < n; i += 1) {
            const id = `copy${String(i).padStart(5, '0')}`;
            store.put({ ...letter, id, values: { ...values, nom: `Nom ${i}` } }, `letter:${id}`);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [letter, n] as const,
  );
}

describe('« Mes lettres » with many letters', () => {
  test('a thousand letters: the first cards, the count, and a search that finds one', async () => {
    await site.withPage(async (page) => {
      const letter = await writeLetter(page, 'Dupont');
      await storeCopies(page, letter, 999);
      await page.goto(site.server.url('mes-lettres/'));
      // Without summaries at first: they are made from the letters, then the list shows them.
      await expect
        .poll(() => results(page).innerText(), { timeout: 60_000 })
        .toMatch(/^1\s000 lettres, 50 affichées\./u);
      await expect.poll(() => cards(page).count()).toBe(50);
      // Again, now from the summaries.
      await page.reload();
      await expect.poll(() => results(page).innerText()).toMatch(/^1\s000 lettres, 50 affichées/u);
      await expect.poll(() => cards(page).count()).toBe(50);
      await page.getByLabel('Rechercher une lettre').fill('nom 737');
      await expect.poll(() => results(page).innerText()).toMatch(/^1 lettre sur 1\s000/u);
      await expect.poll(() => cards(page).first().locator('h3').innerText()).toBe('Nom 737');
    });
  });
});

describe('the letter wins over its summary', () => {
  test('a letter with no summary, or a stale one, is listed with its own values', async () => {
    await site.withPage(async (page) => {
      const letter = await writeLetter(page, 'Dupont');
      const id = String(letter['id']);
      const values = letter['values'] as Record<string, string>;
      // An older version of the site saves the letter again, leaving its summary behind.
      const revision = Number(letter['revision']) + 1;
      await writeRaw(page, `letter:${id}`, {
        ...letter,
        revision,
        values: { ...values, nom: 'Martin' },
      });
      // An import that knows no summaries writes another letter.
      await writeRaw(page, 'letter:sanssummary', {
        ...letter,
        id: 'sanssummary',
        values: { ...values, nom: 'Bernard' },
      });
      await page.goto(site.server.url('mes-lettres/'));
      const names = () => page.locator('.letter-card h3').allInnerTexts();
      await expect.poll(async () => (await names()).sort()).toEqual(['Bernard', 'Martin']);
      expect(await readRaw(page, `letter-summary:${id}`)).toMatchObject({ person: 'Martin' });
      expect(await readRaw(page, 'letter-summary:sanssummary')).toMatchObject({
        person: 'Bernard',
      });
    });
  });
});
