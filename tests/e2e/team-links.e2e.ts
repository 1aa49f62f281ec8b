/**
 * « Mon équipe » reused everywhere (issue 23, point 4), in a real Chromium with IndexedDB: a
 * team of 30 imported from a CSV, 30 letters made from it in « Plusieurs personnes » (all
 * chosen), each holding its person and the link to them; the team page lists each person's
 * letter; a person picked in the editor (axe on the open picker); one person marked gone and
 * the rollover leaves their letter out, saying why.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readRaw } from './support/raw-store';
import { findViolations, formatViolations } from './support/axe';

const site = useSite({ root: distDir, base: distBase });

/** « Martin-Aa », « Martin-Ab »…: 30 names of their own. */
const names = Array.from(
  { length: 30 },
  (_, index) =>
    `Martin-${String.fromCharCode(65 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}`,
);
const csv = [
  'Civilité;Nom;Prénom;Fonction;Courriel',
  ...names.map(
    (nom, index) => `${index % 2 === 0 ? 'Mme' : 'M.'};${nom};Zoé;professeur de lettres;`,
  ),
].join('\r\n');

interface StoredPerson {
  id: string;
  nom: string;
  civilite: string;
}
interface StoredLetter {
  id: string;
  values: Record<string, string>;
  teamPersonId: string | null;
}

/** Every letter stored, read directly from IndexedDB (`letter:<id>` records). */
function storedLetters(page: Page): Promise<StoredLetter[]> {
  return page.evaluate(
    () =>
      new Promise<StoredLetter[]>((resolve, reject) => {
        const open = indexedDB.open('lettres-de-mission');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const range = IDBKeyRange.bound('letter:', 'letter:\uffff');
          const request = db.transaction('donnees').objectStore('donnees').getAll(range);
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredLetter[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function importTeam(page: Page) {
  await page.goto(site.server.url('mon-equipe/'));
  await page.getByRole('heading', { name: /^L’équipe/ }).waitFor();
  await page.getByLabel('Ou importer un fichier CSV ou texte').setInputFiles({
    name: 'equipe.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Ajouter 30 personnes à l’équipe' }).click();
  await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
}

async function expectNoViolation(page: Page) {
  const violations = await findViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('« Mon équipe » reused', () => {
  test('30 letters from the team in bulk, each linked; a person gone is not rolled over', async () => {
    await site.withPage(async (page) => {
      await importTeam(page);
      const team = (await readRaw(page, 'team')) as { people: StoredPerson[] };
      expect(team.people).toHaveLength(30);

      // « Plusieurs personnes »: the whole team chosen instead of a pasted list.
      await page.goto(site.server.url('mes-lettres/plusieurs/'));
      const model = page.getByLabel('Modèle de lettre');
      await expect.poll(() => model.isEnabled()).toBe(true);
      await model.selectOption({ label: 'Coordonnateur de discipline' });
      await page.getByLabel('Discipline coordonnée').fill('lettres');
      await page.getByRole('button', { name: 'Choisir dans Mon équipe' }).click();
      await page.getByLabel('Tout sélectionner').check();
      await page.getByText('30 sur 30 personnes cochées.').waitFor();
      await expectNoViolation(page);
      await page.getByRole('button', { name: 'Mettre ces personnes dans la liste' }).click();
      await page.getByText('30 personnes prêtes').waitFor();
      await page.getByRole('button', { name: 'Créer les 30 lettres' }).click();
      await page.getByText('30 lettres créées.').waitFor();

      const letters = await storedLetters(page);
      expect(letters).toHaveLength(30);
      for (const person of team.people) {
        const letter = letters.find((candidate) => candidate.teamPersonId === person.id);
        expect(letter?.values).toMatchObject({
          civilite: person.civilite,
          nom: person.nom,
          prenom: 'Zoé',
        });
      }

      // The team page shows each person's letter, with its status and a link to open it.
      await page.goto(site.server.url('mon-equipe/'));
      const row = page.getByRole('row', { name: /Zoé Martin-Ab/ });
      await row.getByRole('link', { name: /Coordonnat/ }).waitFor();
      expect(await row.innerText()).toContain('(Brouillon)');
      expect(await row.innerText()).toMatch(/0\u00a0IMP/u);

      // Zoé Martin-Ac leaves: her letter is not proposed for next year, and the page says why.
      await page.getByRole('checkbox', { name: 'Zoé Martin-Ac a quitté l’établissement' }).check();
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      await page.goto(site.server.url('mes-lettres/annee-suivante/'));
      await page.getByText(/29 lettres seront copiées/u).waitFor();
      await page.getByText(/1 d’une personne partie/u).waitFor();
      await page.getByText('Zoé Martin-Ac a quitté l’établissement', { exact: false }).waitFor();
    });
  });

  test('the editor fills the person from the team in one step, and the letter keeps the link', async () => {
    await site.withPage(async (page) => {
      await importTeam(page);
      await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
      const open = page.getByRole('button', { name: 'Choisir dans Mon équipe' });
      await open.click();
      const dialog = page.getByRole('dialog', { name: 'Choisir dans Mon équipe' });
      await dialog.getByText('30 personnes').waitFor();
      await expectNoViolation(page);
      await dialog.getByLabel('Rechercher un nom ou une fonction').fill('martin-ab');
      await dialog.getByText('1 personne trouvée sur 30').waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('team-pick');
      expect(await page.locator('#f-nom').inputValue()).toBe('Martin-Ab');
      expect(await page.locator('#f-prenom').inputValue()).toBe('Zoé');
      expect(await page.locator('#f-fonction').inputValue()).toBe('professeur de lettres');
      await page.getByText('Zoé Martin-Ab choisi dans «\u00a0Mon équipe\u00a0».').waitFor();

      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      const id = new URL(page.url()).searchParams.get('id') ?? '';
      const team = (await readRaw(page, 'team')) as { people: StoredPerson[] };
      const martin = team.people.find((person) => person.nom === 'Martin-Ab');
      const letter = (await readRaw(page, `letter:${id}`)) as StoredLetter;
      expect(letter.teamPersonId).toBe(martin?.id);
      expect(letter.values['civilite']).toBe('Monsieur');
    });
  });

  test('with an empty team the picker says so and leads to « Mon équipe »', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
      await page.getByRole('button', { name: 'Choisir dans Mon équipe' }).click();
      const dialog = page.getByRole('dialog', { name: 'Choisir dans Mon équipe' });
      await dialog.getByText('«\u00a0Mon équipe\u00a0» est vide.', { exact: false }).waitFor();
      await dialog.getByRole('link', { name: 'Mon équipe' }).click();
      await page.waitForURL(/mon-equipe\/$/u);
    });
  });

  test('the campaign’s « Équipe » step leads to « Mon équipe »', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('campagne/'));
      const steps = page.locator('.campaign-steps');
      await steps.getByRole('link', { name: 'Mon équipe' }).click();
      await page.waitForURL(/mon-equipe\/$/u);
    });
  });
});
