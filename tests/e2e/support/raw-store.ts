import type { Page } from 'playwright-core';

// The site's IndexedDB store read and written directly, as the browser holds it (localforage's
// database `lettres-de-mission`, store `donnees`): what a reload would find, or damage to test.

/** The raw value under `key` in the site's IndexedDB store (as localforage keeps it). */
export function readRaw(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('lettres-de-mission');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('donnees').objectStore('donnees').get(key);
          request.onsuccess = () => {
            db.close();
            resolve(request.result ?? null);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

/** Writes `raw` under `key` directly, as a damaged disk or another version of the site would. */
export function writeRaw(page: Page, key: string, raw: unknown): Promise<void> {
  return page.evaluate(
    ([key, raw]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lettres-de-mission');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('donnees', 'readwrite');
          transaction.objectStore('donnees').put(raw, key);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [key, raw] as const,
  );
}
