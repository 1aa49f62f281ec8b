/**
 * A head's spring, from a browser that has never seen the site: the school set, a team of 30
 * imported from a CSV, 30 letters made from it in bulk, 10 marked « Signée », filtered and
 * printed as one PDF of those 10 only, the allocation shown beside them; a reload keeps all of
 * it, and the backup brings the team and the statuses into a fresh browser.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readRaw } from './support/raw-store';
import { typeInto, waitForSaved } from './support/keyboard';
import { readPdf } from '../unit/pdf/pdf-text';
import { preparedSchoolYear } from '../../src/lib/format/date';

const site = useSite({ root: distDir, base: distBase });
const YEAR = preparedSchoolYear(new Date());

/** Two letters of each person's own: « Lemaire-Aa », « Lemaire-Ab »… */
const noms = Array.from(
  { length: 30 },
  (_, index) =>
    `Lemaire-${String.fromCharCode(65 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}`,
);
const teamCsv = [
  'Civilité;Nom;Prénom;Fonction;Courriel',
  ...noms.map(
    (nom, index) => `${index % 2 ? 'M.' : 'Mme'};${nom};Camille;professeur;c${index}@ac-lyon.fr`,
  ),
].join('\r\n');

const flat = (text: string) => text.replace(/\s+/gu, ' ');
const rows = (page: Page) => page.locator('.campaign-table tbody tr');

async function openCampaign(page: Page): Promise<void> {
  await page.goto(site.server.url('campagne/'));
  await page.getByRole('heading', { level: 1, name: `Campagne ${YEAR}` }).waitFor();
  await page.locator('#allocation-title').waitFor();
}

/** The school, its team and 30 letters, as a head would make them; returns nothing. */
async function prepareTheSpring(page: Page): Promise<void> {
  await page.goto(site.server.url(''));
  await page.getByRole('link', { name: 'Commencer' }).first().click();
  await page.waitForURL(/mon-etablissement\/$/u);
  await typeInto(page, page.locator('#school-etablissement'), 'Collège Pablo-Neruda');
  await waitForSaved(page);

  await page.goto(site.server.url('mon-equipe/'));
  await page.getByLabel('Ou importer un fichier CSV ou texte').setInputFiles({
    name: 'equipe.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(teamCsv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Ajouter 30 personnes à l’équipe' }).click();
  await page.locator('.save-status[data-state="saved"]').waitFor();

  await makeLettersFromTheTeam(page);
}

/**
 * « Plusieurs personnes »: the whole team chosen, then the IMP added to the list as a head
 * adds columns in it (1 IMP at taux 3 each); each letter keeps its link to its person.
 */
async function makeLettersFromTheTeam(page: Page): Promise<void> {
  await page.goto(site.server.url('mes-lettres/plusieurs/'));
  const model = page.getByLabel('Modèle de lettre');
  await expect.poll(() => model.isEnabled()).toBe(true);
  await model.selectOption({ label: 'Référent décrochage scolaire' });
  await page.getByRole('button', { name: 'Choisir dans Mon équipe' }).click();
  await page.getByLabel('Tout sélectionner').check();
  await page.getByText('30 sur 30 personnes cochées.').waitFor();
  await page.getByRole('button', { name: 'Mettre ces personnes dans la liste' }).click();
  const list = page.getByLabel('Une personne par ligne');
  await expect.poll(() => list.inputValue()).toContain(noms[29]);
  const [header = '', ...people] = (await list.inputValue()).split('\n');
  await list.fill([`${header};Taux;Nombre`, ...people.map((row) => `${row};3;1`)].join('\n'));
  await page.getByRole('button', { name: 'Créer les 30 lettres' }).click();
  await page.getByText('30 lettres créées.').waitFor();
}

describe('a spring campaign from an empty browser', () => {
  test('team, 30 letters, 10 signed and printed alone, the allocation; kept and backed up', async () => {
    const backup = await site.withPage(async (page) => {
      await prepareTheSpring(page);
      await openCampaign(page);
      await expect.poll(() => rows(page).count()).toBe(30);
      await page.getByLabel(/^Dotation d’IMP notifiée/u).fill('40000');
      await page.getByLabel(/^Dotation d’IMP notifiée/u).blur();

      // The first ten by name, picked one by one, marked « Signée ».
      for (const nom of noms.slice(0, 10))
        await page.getByLabel(`Sélectionner Camille ${nom}`, { exact: false }).check();
      await page
        .locator('.selection-count')
        .filter({ hasText: '10 lettres sélectionnées.' })
        .waitFor();
      await page.getByLabel('Nouveau statut').selectOption({ label: 'Signée' });
      await page.getByRole('button', { name: 'Appliquer le statut' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: '10 lettres passées à « Signée ».' })
        .waitFor();

      await page.reload();
      await page.locator('#allocation-title').waitFor();
      await page.getByLabel('Statut', { exact: true }).selectOption('signee');
      await expect.poll(() => rows(page).count()).toBe(10);
      await page.getByLabel('Tout sélectionner').check();
      await page
        .locator('.selection-count')
        .filter({ hasText: '10 lettres sélectionnées.' })
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Un seul PDF de la sélection' }).click(),
      ]);
      const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
      const text = flat(pdf.textLayerPages.join(' '));
      for (const nom of noms.slice(0, 10)) expect(text).toContain(nom);
      for (const nom of noms.slice(10)) expect(text).not.toContain(nom);
      // The allocation, as typed, and what the 30 letters leave of it.
      const allocation = flat(await page.locator('.allocation').innerText());
      // 30 letters of 1 IMP at taux 3 (1 250 € a year each, content/taux-imp).
      expect(allocation).toContain('IMP attribuées : 37 500 € sur une dotation de 40 000 €');
      expect(allocation).toContain('Reste à attribuer : 2 500 €');

      // « Sauvegarder », among the year's actions, leads to the backup on the same page.
      await page.getByRole('link', { name: 'Sauvegarder' }).click();
      const [saved] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Télécharger toutes mes lettres' }).click(),
      ]);
      return readFile(await saved.path(), 'utf8');
    });

    await site.withPage(async (page) => {
      await page.goto(site.server.url('mes-lettres/'));
      await page.getByText('Chargement de vos lettres…').waitFor({ state: 'detached' });
      await page.locator('#import-file').setInputFiles({
        name: 'sauvegarde.json',
        mimeType: 'application/json',
        buffer: Buffer.from(backup),
      });
      await page.getByRole('button', { name: 'Confirmer l’import' }).click();
      await expect.poll(() => page.locator('body').innerText()).toMatch(/Import terminé/u);
      const team = (await readRaw(page, 'team')) as { people: unknown[] } | null;
      expect(team?.people).toHaveLength(30);
      await openCampaign(page);
      await page.getByLabel('Statut', { exact: true }).selectOption('signee');
      await expect.poll(() => rows(page).count()).toBe(10);
    });
  });
});
