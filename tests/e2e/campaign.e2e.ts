/**
 * « Campagne » in a real Chromium with real IndexedDB: with no letter it says how a spring goes;
 * with letters it lists the prepared year's, filters them, sets « Signée » on a selection (kept
 * across a reload), downloads the selection only as one PDF, shows the allocation, and has no
 * accessibility violation, empty or full. The home page and the menu lead to it.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findViolations, formatViolations } from './support/axe';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readRaw, writeRaw } from './support/raw-store';
import { readPdf } from '../unit/pdf/pdf-text';
import { letterOf, type Person } from '../unit/summary/support';
import { preparedSchoolYear } from '../../src/lib/format/date';

const site = useSite({ root: distDir, base: distBase });
const campaignUrl = () => site.server.url('campagne/');

// The year the page opens on: the year being prepared today (no choice stored).
const YEAR = preparedSchoolYear(new Date());
const BEFORE = `${Number(YEAR.slice(0, 4)) - 1}-${YEAR.slice(0, 4)}`;
const MODEL = 'referent-decrochage-scolaire';
const people: Person[] = [
  { id: 'claire', prenom: 'Claire', nom: 'Dubois', year: YEAR, lines: [{ count: 1, taux: 3 }] },
  { id: 'luc', prenom: 'Luc', nom: 'Martin', year: YEAR, lines: [{ count: 0.5, taux: 2 }] },
  { id: 'zoe', prenom: 'Zoé', nom: 'Lefèvre', year: YEAR, lines: [{ count: 2, taux: 4 }] },
  { id: 'anne', prenom: 'Anne', nom: 'Petit', year: BEFORE, lines: [{ count: 1, taux: 3 }] },
];

const flat = (text: string) => text.replace(/\s+/gu, ' ');

/** Opens the campaign and waits until it has read the letters and their IMP. */
async function openCampaign(page: Page, full = true): Promise<void> {
  await page.goto(campaignUrl());
  await page.getByRole('heading', { level: 1, name: `Campagne ${YEAR}` }).waitFor();
  if (full) await page.locator('#allocation-title').waitFor();
  else await page.locator('#steps-title').waitFor();
}

const rowsText = async (page: Page) =>
  (await page.locator('.campaign-table tbody tr').allInnerTexts()).map(flat);

async function expectNoViolation(page: Page): Promise<void> {
  const violations = await findViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('« Campagne »', () => {
  test('from the home page and the menu; with no letter, the steps of a spring and the first one', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url(''));
      await page.getByRole('link', { name: 'Ma campagne' }).click();
      await openCampaign(page, false);
      expect(
        await page
          .getByRole('navigation', { name: 'Navigation principale' })
          .getByRole('link', {
            name: 'Campagne',
          })
          .getAttribute('aria-current'),
      ).toBe('page');
      const steps = flat(await page.locator('.campaign-steps ol').innerText());
      for (const step of [
        'Établissement',
        'Équipe',
        'Lettres',
        'Vérifier',
        'Signer',
        'Remettre',
        'CA',
      ])
        expect(steps).toContain(step);
      await expectNoViolation(page);
      await page.getByRole('link', { name: 'Commencer : Mon établissement' }).click();
      await page.waitForURL(/mon-etablissement\/$/u);
    });
  });

  test('filters, sets « Signée » on a selection (kept on reload) and prints the selection only', async () => {
    await site.withPage(async (page) => {
      await openCampaign(page, false);
      for (const person of people)
        await writeRaw(page, `letter:${person.id}`, letterOf({ ...person, typeId: MODEL }));
      await openCampaign(page);

      // The year's letters only, by person, with the IMP summary's figures.
      await expect.poll(() => rowsText(page)).toHaveLength(3);
      const rows = await rowsText(page);
      expect(rows[0]).toContain('Claire Dubois');
      expect(rows[0]).toContain('1 250 €');
      expect(rows[0]).toContain('Brouillon');
      expect(rows.join(' ')).not.toContain('Anne Petit');
      await expect
        .poll(async () => flat(await page.locator('.allocation').innerText()))
        .toContain('Dotation');

      // Select Claire by pointer, Zoé by keyboard.
      await page.getByLabel('Sélectionner Claire Dubois', { exact: false }).check();
      await page.getByLabel('Sélectionner Zoé Lefèvre', { exact: false }).focus();
      await page.keyboard.press('Space');
      await page
        .locator('.selection-count')
        .filter({ hasText: '2 lettres sélectionnées.' })
        .waitFor();
      await page.getByLabel('Nouveau statut').selectOption({ label: 'Signée' });
      await page.getByRole('button', { name: 'Appliquer le statut' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: '2 lettres passées à « Signée ».' })
        .waitFor();
      expect(await readRaw(page, 'letter:claire')).toMatchObject({ status: 'signee' });
      expect(await readRaw(page, 'letter:luc')).toMatchObject({ status: 'brouillon' });

      await openCampaign(page);
      await page.getByLabel('Statut', { exact: true }).selectOption('signee');
      await expect.poll(() => rowsText(page)).toHaveLength(2);
      expect((await rowsText(page)).every((row) => row.includes('Signée'))).toBe(true);
      expect(await page.locator('.campaign-letters .results').innerText()).toBe('2 lettres sur 3.');

      await page.getByLabel('Tout sélectionner').check();
      await page
        .locator('.selection-count')
        .filter({ hasText: '2 lettres sélectionnées.' })
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Un seul PDF de la sélection' }).click(),
      ]);
      const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
      const text = pdf.textLayerPages.join(' ');
      expect(text).toContain('Claire');
      expect(text).toContain('Lefèvre');
      expect(text).not.toContain('Martin');
      expect(text).not.toContain('Petit');
      await expectNoViolation(page);
    });
  });
});
