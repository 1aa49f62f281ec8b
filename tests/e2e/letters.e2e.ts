/**
 * « Mes lettres » in a real Chromium with real IndexedDB: letters written in the editor are
 * listed, duplicated, deleted and restored, backed up and imported; a broken file changes
 * nothing; hostile text stays text; no accessibility violation with everything shown.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findViolations, formatViolations } from './support/axe';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { HOSTILE, recordDialogs } from './support/hostile';
import { typeInto, waitForSaved } from './support/keyboard';

const site = useSite({ root: distDir, base: distBase });
const listUrl = () => site.server.url('mes-lettres/');
const cards = (page: Page) => page.locator('.letter-card');

/** Writes a letter in the editor, as a user would, and waits until it is stored. */
async function writeLetter(page: Page, nom: string, year = '2025-2026') {
  await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
  await page.locator('#f-nom').waitFor();
  await typeInto(page, page.locator('#f-prenom'), 'Camille');
  await typeInto(page, page.locator('#f-nom'), nom);
  await typeInto(page, page.locator('#f-anneeScolaire'), year);
  await waitForSaved(page);
}

async function openList(page: Page) {
  await page.goto(listUrl());
  await page.locator('#letters-heading').waitFor();
}

describe('managing letters', () => {
  test('duplicate, duplicate for next year, delete and undo', async () => {
    await site.withPage(async (page) => {
      await writeLetter(page, 'Dupont');
      await openList(page);
      await expect.poll(() => cards(page).count()).toBe(1);
      await expect.poll(() => cards(page).first().innerText()).toContain('Camille Dupont');

      await page.getByRole('button', { name: /^Dupliquer la lettre/ }).click();
      await expect.poll(() => cards(page).count()).toBe(2);
      await page
        .getByRole('button', { name: /^Dupliquer pour l’année suivante/ })
        .first()
        .click();
      await expect.poll(() => cards(page).count()).toBe(3);
      await expect
        .poll(() => page.locator('.letter-card', { hasText: '2026-2027' }).count())
        .toBe(1);

      await page
        .getByRole('button', { name: /^Supprimer/ })
        .first()
        .click();
      await expect.poll(() => cards(page).count()).toBe(2);
      await expect.poll(() => page.locator('.undo-bar').innerText()).toContain('Lettre supprimée');
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      await page
        .getByRole('button', { name: /^Annuler/ })
        .first()
        .click();
      await expect.poll(() => cards(page).count()).toBe(3);
      await page.reload();
      await expect.poll(() => cards(page).count()).toBe(3);
    });
  });
});

describe('a copy for next year', () => {
  /** The local day in the browser, as yyyy-mm-dd: what « today » means to the user. */
  const browserToday = (page: Page) =>
    page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });

  /** Duplicates the letter of `nom` for next year and opens the copy (for `year`) in the editor. */
  async function copyForNextYear(page: Page, nom: string, year: string) {
    await openList(page);
    const label = new RegExp(`^Dupliquer pour l’année suivante .*${nom}`);
    await page.getByRole('button', { name: label }).click();
    const copy = page.locator('.letter-card', { hasText: nom }).filter({ hasText: year });
    await expect.poll(() => copy.count()).toBe(1);
    const notice = await page.locator('.notice').innerText();
    await copy.getByRole('link', { name: /^Ouvrir/ }).click();
    await page.locator('#f-nom').waitFor();
    return notice;
  }

  test('dates move to their weekday a year later, the copy is dated today, past years are flagged with a link', async () => {
    await site.withPage(async (page) => {
      // A décrochage letter for 2026-2027, dated, citing this year's académie circular.
      await writeLetter(page, 'Durand', '2026-2027');
      await page.locator('#letter-date').fill('2026-09-01');
      const vu = page.locator('.template-box[id^="vu-"]').first();
      const vuId = (await vu.getAttribute('id')) ?? '';
      await typeInto(page, vu, 'Vu la circulaire académique de rentrée pour l’année 2026-2027.');
      await waitForSaved(page);

      // A Devoirs faits letter with its two deadlines filled.
      await page.goto(site.server.url('lettres/coordonnateur-devoirs-faits/rediger/'));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Petit');
      await typeInto(page, page.locator('#f-anneeScolaire'), '2026-2027');
      await page.locator('#f-dateBilanJanvier').fill('2027-01-25');
      await page.locator('#f-dateBilanMai').fill('2027-05-28');
      await waitForSaved(page);

      const notice = await copyForNextYear(page, 'Petit', '2027-2028');
      expect(notice).toMatch(/^Copie créée en tête de liste.*Elle est datée d’aujourd’hui\.$/);
      expect(await page.locator('#f-anneeScolaire').inputValue()).toBe('2027-2028');
      // Monday 25 January 2027 → Monday 24 January 2028; Friday 28 May 2027 → Friday 26 May
      // 2028 (not Sunday 28 May).
      expect(await page.locator('#f-dateBilanJanvier').inputValue()).toBe('2028-01-24');
      expect(await page.locator('#f-dateBilanMai').inputValue()).toBe('2028-05-26');
      expect(await page.locator('#letter-date').inputValue()).toBe(await browserToday(page));

      const flagged = await copyForNextYear(page, 'Durand', '2027-2028');
      expect(flagged).toMatch(
        /\d+ textes? cit(?:e|ent) une année passée, à vérifier dans l’éditeur\.$/,
      );
      expect(await page.locator('#letter-date').inputValue()).toBe(await browserToday(page));
      const review = page.getByRole('region', { name: 'À vérifier pour l’année 2027-2028' });
      const link = review.getByRole('link', { name: /^Référence «\sVu\s» 1$/ });
      expect(await review.innerText()).toContain('2026-2027');
      expect(await link.getAttribute('href')).toBe(`#${vuId}`);
      await link.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(vuId);

      // Once the text says the new year, it leaves the list.
      await typeInto(
        page,
        page.locator(`#${vuId}`),
        'Vu la circulaire académique de rentrée 2027.',
      );
      await expect.poll(() => link.count()).toBe(0);
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  }, 180_000); // a long scenario: two letters written, copied twice, under a busy machine
});

describe('backups', () => {
  test('a downloaded backup imports back; a broken file changes nothing', async () => {
    await site.withPage(async (page) => {
      await writeLetter(page, 'Martin');
      await openList(page);
      await expect.poll(() => cards(page).count()).toBe(1);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Télécharger toutes mes lettres/ }).click(),
      ]);
      const backupPath = await download.path();
      const backup = JSON.parse(await readFile(backupPath, 'utf8')) as { letters: unknown[] };
      expect(backup.letters).toHaveLength(1);

      // A file cut in the middle: refused with a French message, nothing written.
      const text = await readFile(backupPath, 'utf8');
      await page.locator('#import-file').setInputFiles({
        name: 'coupe.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2))),
      });
      await expect
        .poll(() => page.getByRole('alert').first().innerText())
        .toMatch(/illisible|incomplet/);
      await page.reload();
      await expect.poll(() => cards(page).count()).toBe(1);

      // The real file: its letter is already here, identical, so there is nothing to import.
      await page.locator('#import-file').setInputFiles(backupPath);
      await expect
        .poll(() => page.locator('.import-confirm').innerText())
        .toContain('1 lettre est déjà ici, identique');
      expect(await page.getByRole('button', { name: /Confirmer l’import/ }).count()).toBe(0);
      await page.getByRole('button', { name: /Annuler/ }).click();

      // The same letter edited in the backup, at a higher revision: the user keeps both.
      const edited = JSON.parse(text) as { letters: { revision: number; title: string }[] };
      for (const letter of edited.letters) Object.assign(letter, { revision: letter.revision + 1 });
      await page.locator('#import-file').setInputFiles({
        name: 'modifiee.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(edited)),
      });
      await page.getByRole('radio', { name: /Garder les deux/ }).check();
      await page.getByRole('button', { name: /Confirmer l’import/ }).click();
      await expect.poll(() => cards(page).count()).toBe(2);
    });
  });
});

describe('hostile text stays text in the list', () => {
  test('a name with an HTML tag is shown as typed and never runs', async () => {
    await site.withPage(async (page) => {
      const dialogs = recordDialogs(page);
      const hostile = HOSTILE;
      await writeLetter(page, hostile);
      await openList(page);
      await expect.poll(() => cards(page).first().innerText()).toContain(hostile);
      expect(await page.locator('.letter-card img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });
  });
});

describe('accessibility of the editor with messages shown', () => {
  test('axe finds no violation once errors and warnings are displayed', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('lettres/referent-cordee-de-la-reussite/rediger/'));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-anneeScolaire'), '2025-2030');
      await typeInto(page, page.locator('#school-uai'), '0771234A');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('.message .error').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.message .warning').count()).toBeGreaterThan(0);
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  });
});
