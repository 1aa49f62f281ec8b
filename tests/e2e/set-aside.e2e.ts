/**
 * A stored record damaged (by a disk, an extension, another version of the site): every tool
 * that reads it opens within its timeout and says in French what it could not read, naming it
 * as a head knows it (its title), never by a storage key, and never silently counts without it.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { waitForReady } from './support/ready';
import { waitForSaved } from './support/keyboard';
import { HOSTILE, recordDialogs } from './support/hostile';
import { writeRaw } from './support/raw-store';

const site = useSite({ root: distDir, base: distBase });

const EDITOR = 'lettres/referent-decrochage-scolaire/rediger/';

/** Writes one letter through the editor; returns its id. */
async function writeLetter(page: Page): Promise<string> {
  await page.goto(site.server.url(EDITOR));
  await page.locator('#f-nom').fill('Dupont');
  await waitForSaved(page);
  const id = new URL(page.url()).searchParams.get('id');
  if (!id) throw new Error('the editor gave the letter no id');
  return id;
}

/** What `path` shows once its tool is ready: the text of `<main>`, spaces folded. */
async function shown(page: Page, path: string): Promise<string> {
  await page.goto(site.server.url(path));
  await waitForReady(page);
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/** Visits each tool of `expected` and checks it says its sentence, with no key, no error. */
async function expectEachSays(page: Page, expected: Record<string, RegExp>): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const dialogs = recordDialogs(page);
  for (const [path, sentence] of Object.entries(expected)) {
    const text = await shown(page, path);
    expect.soft(text, path).toMatch(sentence);
    expect.soft(text, path).not.toMatch(/\b(letter|model):[\w-]+/);
    expect.soft(text, path).not.toContain('Chargement');
  }
  expect(errors).toEqual([]);
  expect(dialogs).toEqual([]);
}

const SET_ASIDE =
  /1 lettre enregistrée n’a pas pu être lue : elle est mise de côté, rien n’est effacé, et elle n’est pas comptée sur cette page\. Depuis Mes lettres/;

describe('a stored letter that cannot be read', () => {
  test('each tool that reads letters says so, by its title', async () => {
    await site.withPage(async (page) => {
      const id = await writeLetter(page);
      await writeRaw(page, `letter:${id}`, {
        schemaVersion: 3,
        id,
        title: `Lettre abîmée ${HOSTILE}`,
      });
      await expectEachSays(page, {
        [`${EDITOR}?id=${id}`]: /Cette lettre est illisible et a été mise de côté/,
        'mes-lettres/': new RegExp(
          `1 lettre enregistrée n’a pas pu être lue.*La lettre « Lettre abîmée ${HOSTILE.replace(/[()]/g, '\\$&')} » › le modèle de la lettre : valeur manquante`,
        ),
        'campagne/': SET_ASIDE,
        'recapitulatif-imp/': SET_ASIDE,
        'mes-lettres/annee-suivante/': SET_ASIDE,
      });
    });
  });
});

describe('a stored model that cannot be read', () => {
  test('the builder, its letters’ editor and its guide say so, by its title', async () => {
    await site.withPage(async (page) => {
      await writeLetter(page); // creates the database
      await writeRaw(page, 'model:abime', { id: 'abime', model: { title: 'Mission Zéphyr' } });
      const named = /Le modèle « Mission Zéphyr » › la version du format : valeur attendue/;
      await expectEachSays(page, {
        'modeles/creer/?id=abime': named,
        'modeles/rediger/?modele=abime': named,
        'mes-modeles/guide/?modele=abime': named,
      });
    });
  });
});

describe('« Mon équipe » that cannot be read', () => {
  test('its page and « Plusieurs personnes » say so', async () => {
    await site.withPage(async (page) => {
      await writeLetter(page);
      await writeRaw(page, 'team', { people: HOSTILE });
      await expectEachSays(page, {
        'mon-equipe/':
          /Les données de « Mon équipe » enregistrées dans ce navigateur sont illisibles/,
      });
      // The editor's picker reads the team when asked: the person can still be typed.
      await shown(page, EDITOR);
      await page.getByRole('button', { name: 'Choisir dans Mon équipe' }).click();
      const picker = page.getByRole('dialog').getByRole('alert');
      expect((await picker.innerText()).replace(/\s+/g, ' ')).toMatch(
        /«.Mon équipe.» n’a pas pu être lue dans ce navigateur\. Saisissez la personne à la main/,
      );
      // « Plusieurs personnes » reads the team when asked: the list can still be pasted.
      await shown(page, 'mes-lettres/plusieurs/');
      await page
        .getByLabel('Modèle de lettre')
        .selectOption({ label: 'Coordonnateur de discipline' });
      await page.getByRole('button', { name: 'Choisir dans Mon équipe' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Mon équipe' });
      expect((await alert.innerText()).replace(/\s+/g, ' ')).toMatch(
        /«.Mon équipe.» n’a pas pu être lue dans ce navigateur : collez la liste/,
      );
    });
  });
});
