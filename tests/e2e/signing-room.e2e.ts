/**
 * The head as a letter names her, and room to sign, in a real Chromium. With « Mon
 * établissement » naming the head (Madame Nadia Benali, principale), the letter's text says
 * « sous la responsabilité directe de Mme Nadia Benali »; and the page printed under print media
 * (as « Imprimer » prints it) leaves at least 20 mm between each signatory's title and name:
 * poppler reads the printed lines' positions back from Chromium's PDF.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { gapBetween, popplerLines } from '../unit/pdf/poppler-lines';

const site = useSite({ root: distDir, base: distBase });

/** « Mon établissement » as the collège fills it: the school, the head's name and title. */
async function fillSchool(page: Page): Promise<void> {
  await page.goto(site.server.url('mon-etablissement/'));
  await page.locator('#school-chef').waitFor();
  await typeInto(page, page.locator('#school-etablissement'), 'Collège Pablo-Neruda');
  await typeInto(page, page.locator('#school-chef'), 'Nadia Benali');
  await page.locator('#school-chefTitre').selectOption('Principale');
}

/** A new letter to the référente décrochage scolaire, Madame Claire Dubois. */
async function writeLetter(page: Page): Promise<void> {
  await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
  await page.locator('#f-nom').waitFor();
  await page.locator('#f-civilite').selectOption('Madame');
  await typeInto(page, page.locator('#f-prenom'), 'Claire');
  await typeInto(page, page.locator('#f-nom'), 'Dubois');
  await waitForSaved(page);
}

describe('the head named in the letter', () => {
  test('with the civilité chosen in « Mon établissement »: « Mme Nadia Benali »', async () => {
    await site.withPage(async (page) => {
      await fillSchool(page);
      await page.getByLabel('Civilité du chef d’établissement').selectOption('Madame');
      await waitForSaved(page);
      await writeLetter(page);
      const preview = (await page.locator('.letter-page').innerText()).replace(/\s+/gu, ' ');
      expect(preview).toContain(
        'sous la responsabilité directe de Mme Nadia Benali, principale du collège Pablo-Neruda',
      );
      // Signed with the name alone, under the title.
      expect(await page.locator('.lp-signer').allInnerTexts()).toContain('Nadia Benali');
    });
  });
});

describe('the printed letter', () => {
  test('leaves at least 20 mm to sign between each title and name', async () => {
    await site.withPage(async (page) => {
      await fillSchool(page);
      await waitForSaved(page);
      await writeLetter(page);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const dir = await mkdtemp(path.join(tmpdir(), 'signing-room-e2e-'));
      try {
        const file = path.join(dir, 'printed.pdf');
        await writeFile(file, printed);
        const lines = await popplerLines(file);
        const pairs: [string, string][] = [
          ['La principale du collège Pablo-Neruda', 'Nadia Benali'],
          ['L’intéressée', 'Claire Dubois'],
        ];
        for (const [title, name] of pairs) {
          const gap = gapBetween(lines, title, name);
          expect(gap, `« ${title} », then « ${name} », are printed`).not.toBeNull();
          expect(gap, `« ${title} » above « ${name} »`).toBeGreaterThanOrEqual(20);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});
