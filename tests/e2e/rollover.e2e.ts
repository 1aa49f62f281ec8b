/**
 * « Préparer l’année suivante » in a real Chromium with real IndexedDB: letters of two years
 * are stored, one year is rolled over, the summary is shown before anything is written, and
 * « Mes lettres » then lists the copies with the next school year. No accessibility violation.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createLetter } from '../../src/lib/letters/create';
import { letterTypeSchema } from '../../src/lib/schemas/letter-type';
import { emptySchool } from '../../src/lib/schemas/school';
import type { Letter } from '../../src/lib/schemas/letter';
import { readYaml } from '../unit/support/content';
import { findViolations, formatViolations } from './support/axe';
import { distBase, distDir } from './support/paths';
import { writeRaw } from './support/raw-store';
import { boxSource } from './support/text-box';
import { useSite } from './support/site';

const site = useSite({ root: distDir, base: distBase });
const model = letterTypeSchema.parse(readYaml('lettres/referent-decrochage-scolaire.yaml'));

/** A letter of the real model for Camille `nom` in `year`, stored under `letter:<id>`. */
function letterOf(id: string, year: string, nom: string, preamble?: string): Letter {
  let n = 0;
  const letter = createLetter(
    'referent-decrochage-scolaire',
    model,
    { ...emptySchool, etablissement: 'Collège Jean Moulin' },
    new Date('2026-09-01T10:00:00.000Z'),
    () => `${id}-part-${++n}`,
  );
  const values = {
    ...letter.values,
    civilite: 'Madame',
    prenom: 'Camille',
    nom,
    anneeScolaire: year,
  };
  const more = preamble ? [{ id: `${id}-extra`, text: preamble }] : [];
  return { ...letter, id, values, preamble: [...letter.preamble, ...more] };
}

const seeded = [
  letterOf('dupont', '2026-2027', 'Dupont', 'Un bilan est attendu en juin 2027.'),
  letterOf('durand', '2026-2027', 'Durand'),
  letterOf('martin', '2026-2027', 'Martin'),
  letterOf('martin-next', '2027-2028', 'Martin'),
  letterOf('bernard', '2025-2026', 'Bernard'),
];

/** The school years of every letter stored in the browser, sorted. */
const storedYears = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('lettres-de-mission');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('donnees').objectStore('donnees');
          const request = store.getAll(IDBKeyRange.bound('letter:', 'letter:\uffff'));
          request.onsuccess = () => {
            db.close();
            const letters = request.result as { values: Record<string, string> }[];
            resolve(letters.map((letter) => letter.values['anneeScolaire'] ?? '').sort());
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

const folded = (text: string) => text.replace(/\s+/gu, ' ').trim();

async function expectAccessible(page: Page) {
  const violations = await findViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('rolling a school year over', () => {
  test('summary first, then every copy written for the next year and listed', async () => {
    await site.withPage(async (page) => {
      // In March 2027 the year being prepared is 2027-2028: 2026-2027 is offered to roll over.
      await page.clock.setFixedTime(new Date(2027, 2, 15, 10));
      await page.goto(site.server.url('mes-lettres/'));
      await page.locator('#letters-heading').waitFor();
      for (const letter of seeded) await writeRaw(page, `letter:${letter.id}`, letter);

      await page.reload();
      await page.getByRole('link', { name: 'Préparer l’année suivante' }).click();
      const sentence = page.locator('#rollover-sentence');
      await sentence.waitFor();
      expect(await page.locator('#rollover-year').inputValue()).toBe('2026');
      expect(folded(await sentence.innerText())).toBe(
        '2 lettres seront copiées pour 2027-2028 ; 1 ignorée : 1 déjà copiée ; 1 texte à relire.',
      );
      const ignored = folded(await page.locator('.rollover-summary').innerText());
      expect(ignored).toContain(
        'Camille Martin, Référent décrochage scolaire, 2026-2027 : déjà copiée',
      );
      // Nothing is written before the confirmation.
      expect(await storedYears(page)).toEqual([
        '2025-2026',
        '2026-2027',
        '2026-2027',
        '2026-2027',
        '2027-2028',
      ]);
      await page.getByText('Voir les 2 lettres à copier').click();
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Copier les 2 lettres pour 2027-2028' }).click();
      const done = page.getByRole('heading', { name: 'Copie terminée' });
      await done.waitFor();
      await expect.poll(() => done.evaluate((el) => el === document.activeElement)).toBe(true);
      const result = page.locator('.rollover-result');
      expect(folded(await result.innerText())).toContain(
        '2 lettres copiées pour 2027-2028, datées d’aujourd’hui. 1 texte cite une année passée',
      );
      const copies = result.locator('li a');
      expect(await copies.allInnerTexts()).toEqual([
        'Camille Dupont, Référent décrochage scolaire, 2027-2028',
        'Camille Durand, Référent décrochage scolaire, 2027-2028',
      ]);
      expect(await copies.first().getAttribute('href')).toMatch(
        /lettres\/referent-decrochage-scolaire\/rediger\/\?id=[A-Za-z0-9_-]+$/,
      );
      await expectAccessible(page);
      expect((await storedYears(page)).filter((year) => year === '2027-2028')).toHaveLength(3);

      await result.getByRole('link', { name: /^Retour à .*Mes lettres/ }).click();
      await page.locator('#letters-heading').waitFor();
      const nextYear = page.locator('.letter-card', { hasText: '2027-2028' });
      await expect.poll(() => nextYear.count()).toBe(3);
      // textContent: cards off screen are not laid out (`content-visibility`), so have no innerText.
      const names = (await nextYear.locator('h3').allTextContents()).map(folded);
      expect(names.sort()).toEqual(['Camille Dupont', 'Camille Durand', 'Camille Martin']);
    });
  });
});

describe('a letter stored before the length limits', () => {
  test('is copied whole, as an import keeps it, and its long text is listed to shorten', async () => {
    await site.withPage(async (page) => {
      await page.clock.setFixedTime(new Date(2027, 2, 15, 10));
      await page.goto(site.server.url('mes-lettres/'));
      await page.locator('#letters-heading').waitFor();
      const long = { ...letterOf('long', '2026-2027', 'Dupont'), title: 'T'.repeat(300) };
      await writeRaw(page, 'letter:long', long);

      await page.goto(site.server.url('mes-lettres/annee-suivante/'));
      const sentence = page.locator('#rollover-sentence');
      await sentence.waitFor();
      expect(folded(await sentence.innerText())).toBe(
        '1 lettre sera copiée pour 2027-2028 ; 1 texte trop long à raccourcir (copié entier).',
      );
      await page.getByRole('button', { name: 'Copier la lettre pour 2027-2028' }).click();
      const result = page.locator('.rollover-result');
      await page.getByRole('heading', { name: 'Copie terminée' }).waitFor();
      expect(folded(await result.innerText())).toContain(
        '1 texte trop long, copié entier, est à raccourcir dans l’éditeur avant le PDF.',
      );
      // The copy opens with its title whole, shown over its limit as the original is.
      await result.locator('li a').first().click();
      const title = page.getByLabel('Titre de la lettre', { exact: true });
      await expect.poll(() => boxSource(title)).toBe('T'.repeat(300));
    });
  });
});
