/**
 * « Mon établissement » with the letters' guarantees, in a real Chromium with IndexedDB: two
 * tabs editing it at once get a conflict to resolve (nothing lost), and an unreadable record is
 * said, set aside and kept after the user types.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readRaw, writeRaw } from './support/raw-store';
import { tabTo } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });
const schoolUrl = () => site.server.url('mon-etablissement/');

/** Opens « Mon établissement » and waits until it has read the stored school. */
async function openSchool(page: Page): Promise<void> {
  await page.goto(schoolUrl());
  await page.locator('#school-ville').waitFor();
}

describe('« Mon établissement » in two tabs at once', () => {
  test('the second write is a conflict: nothing is lost, the user chooses', async () => {
    await site.withPage(async (a, context) => {
      const b = await context.newPage();
      await openSchool(a);
      await openSchool(b);
      // Both type before either autosave (500 ms) has written.
      await a.locator('#school-ville').fill('Melun');
      await b.locator('#school-ville').fill('Meaux');

      const alert = b.getByRole('alert');
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.innerText()).toContain(
        '«\u00a0Mon établissement\u00a0» a été modifié dans un autre onglet',
      );
      expect(await readRaw(a, 'school')).toMatchObject({ ville: 'Melun', revision: 1 });
      expect(await b.locator('#school-ville').inputValue()).toBe('Meaux');

      // Chosen with the keyboard: the other tab, with no edits of its own, follows.
      const keep = alert.getByRole('button', { name: 'Garder la version de cet onglet' });
      await tabTo(b, keep);
      await b.keyboard.press('Enter');
      await b.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      expect(await readRaw(b, 'school')).toMatchObject({ ville: 'Meaux', revision: 2 });
      await expect.poll(() => a.locator('#school-ville').inputValue()).toBe('Meaux');
      expect(await b.getByRole('alert').count()).toBe(0);
    });
  });
});

describe('an unreadable « Mon établissement »', () => {
  test('is said and set aside, and typing keeps it', async () => {
    await site.withPage(async (page) => {
      await openSchool(page); // creates the database
      const raw = {
        etablissement: 'Collège Jean Moulin',
        uai: '0771234Y',
        chef: 'Mme Durand',
        couleur: 'bleu', // a key a newer version would write
      };
      await writeRaw(page, 'school', raw);
      await openSchool(page);

      const alert = page.getByRole('alert');
      await alert.waitFor();
      const said = (await alert.innerText()).replace(/\s+/g, ' ');
      expect(said).toContain('sont illisibles');
      expect(said).toContain('rien n’est effacé');
      expect(said).toContain('couleur');
      expect(
        await alert.getByRole('button', { name: 'Télécharger les données mises de côté' }).count(),
      ).toBe(1);

      await page.locator('#school-etablissement').fill('Lycée Marie Curie');
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      expect(await readRaw(page, 'quarantine:school')).toEqual(raw);
      expect(await readRaw(page, 'school')).toMatchObject({ etablissement: 'Lycée Marie Curie' });

      // The set-aside download holds it, as it was.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        alert.getByRole('button', { name: 'Télécharger les données mises de côté' }).click(),
      ]);
      const path = await download.path();
      const { readFile } = await import('node:fs/promises');
      const file = JSON.parse(await readFile(path, 'utf8')) as { records: unknown[] };
      expect(file.records).toContainEqual({ key: 'quarantine:school', raw });

      // « Mes lettres » lists it with the records set aside.
      await page.goto(site.server.url('mes-lettres/'));
      await page.getByText(/«.Mon établissement.» n’a pas pu être lu/).waitFor({ timeout: 10_000 });
    });
  });
});
