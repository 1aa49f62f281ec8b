/**
 * « Lettres pour plusieurs personnes » in a real Chromium with IndexedDB: a pasted list of 30
 * people (and two bad rows) gives 30 letters, listed in « Mes lettres », then a ZIP of 30 PDFs
 * and one combined PDF, each letter naming its person; a column of the model's discipline gives
 * each coordonnateur their own (issue 21, point 3).
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { findViolations, formatViolations } from './support/axe';
import { readPdf } from '../unit/pdf/pdf-text';

const site = useSite({ root: distDir, base: distBase });

const FIRST_NAMES = ['Claire', 'Zoé', 'Jean', 'Loïc', 'Hélène', 'Noël'];
/** 30 people, each with a name of their own (« Dupré-Aa », « Dupré-Ab »…). */
const people = Array.from({ length: 30 }, (_, index) => ({
  civilite: index % 2 === 0 ? 'Mme' : 'M.',
  prenom: FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Claire',
  nom: `Dupré-${String.fromCharCode(65 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}`,
}));
const rows = people.map(
  (person, index) =>
    `${person.civilite};${person.nom};${person.prenom};"professeur; d’EPS";${(index % 3) + 1};`,
);
/** A header, the 30 people, and two bad rows among them (lines 6 and 20 of the paste). */
const list = [
  'Civilité;Nom;Prénom;Fonction ou discipline;Taux;Nombre',
  ...rows.slice(0, 4),
  'Dr;Sansnom;Paul;;;',
  ...rows.slice(4, 17),
  'Mme;Trop;Anne;;2;1',
  ...rows.slice(17),
].join('\n');

async function fillTheForm(page: Page) {
  await page.goto(site.server.url('mes-lettres/plusieurs/'));
  const model = page.getByLabel('Modèle de lettre');
  await expect.poll(() => model.isEnabled()).toBe(true);
  await model.selectOption({ label: 'Coordonnateur de discipline' });
  await page.getByLabel('Discipline coordonnée').fill('éducation physique et sportive');
  await page.getByLabel('Une personne par ligne').fill(list);
}

describe('letters for many people', () => {
  test('30 people pasted give 30 letters and a ZIP of 30 PDFs naming each one', async () => {
    await site.withPage(async (page) => {
      await fillTheForm(page);
      await expect
        .poll(() => page.getByText('30 personnes prêtes, 2 lignes à corriger').count())
        .toBe(1);
      const bad = page.locator('.alert li');
      expect(await bad.allTextContents()).toEqual([
        'Ligne 6\u00a0: La civilité «\u00a0Dr\u00a0» n’est pas reconnue (Mme ou M.).',
        'Ligne 20\u00a0: Le taux 2 vaut 0,5 IMP, pas 1.',
      ]);
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      await page.getByRole('button', { name: 'Créer les 30 lettres' }).click();
      await page.getByText('30 lettres créées.').waitFor();
      // The bad rows are still listed, to correct, while the good ones are created.
      const result = page.locator('.bulk-result');
      expect(await result.textContent()).toContain('Ligne 6\u00a0: La civilité');
      expect(await result.textContent()).toContain('Ligne 20\u00a0: Le taux 2');

      const [zip] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^Télécharger un ZIP/ }).click(),
      ]);
      expect(zip.suggestedFilename()).toMatch(/^lettres-coordonnateur-discipline-.*\.zip$/);
      const files = unzipSync(new Uint8Array(await readFile(await zip.path())));
      const names = Object.keys(files);
      expect(names).toHaveLength(30);
      for (const [index, person] of people.entries()) {
        const slug = person.nom.toLowerCase().replace('é', 'e');
        const name = names.find((candidate) => candidate.includes(`-${slug}-`));
        expect(name, `a file for ${person.nom}`).toBeDefined();
        const bytes = files[name ?? ''] ?? new Uint8Array();
        expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
        const text = (await readPdf(bytes)).pages.join('\n');
        expect(text, `PDF ${index + 1}`).toContain(`${person.prenom} ${person.nom}`);
      }
      await page.getByText(/^ZIP de 30 PDF téléchargé/).waitFor();

      const [single] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^Télécharger un seul PDF/ }).click(),
      ]);
      const combined = await readPdf(new Uint8Array(await readFile(await single.path())));
      const firstPages = combined.pages.filter((text) => /^1\/\d+$/m.test(text));
      expect(firstPages).toHaveLength(30);
      expect(combined.pages.join('\n')).toContain('Noël Dupré-Bd');

      await page.goto(site.server.url('mes-lettres/'));
      await page.getByText(/^30 lettres/).waitFor();
      await page.getByLabel('Rechercher une lettre').fill('Dupré-Ac');
      await page.getByText(/^1 lettre sur 30 correspond/).waitFor();
    });
  });

  test('a « Discipline » column gives each coordonnateur their own discipline in their PDF', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('mes-lettres/plusieurs/'));
      const model = page.getByLabel('Modèle de lettre');
      await expect.poll(() => model.isEnabled()).toBe(true);
      await model.selectOption({ label: 'Coordonnateur de discipline' });

      // The head downloads the model's header to fill it in a spreadsheet.
      const [template] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Télécharger l’en-tête CSV de ce modèle' }).click(),
      ]);
      expect(template.suggestedFilename()).toBe('plusieurs-personnes-coordonnateur-discipline.csv');
      const header = await readFile(await template.path());
      expect([...header.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(header)).toBe(
        'Civilité;Nom;Prénom;Fonction;Taux;Nombre d’IMP;Année scolaire;Discipline coordonnée;' +
          'Date du conseil d’administration;Date de remise du bilan de fin d’année\r\n',
      );

      await page.getByLabel(/^Discipline coordonnée/).fill('mathématiques');
      await page
        .getByLabel('Une personne par ligne')
        .fill(
          [
            'Civilité;Nom;Prénom;Discipline;Taux',
            'Mme;Lefèvre;Claire;physique-chimie;3',
            'M.;Ndiaye;Moussa;;2',
            'Mme;Roux;Inès;histoire-géographie;1',
          ].join('\n'),
        );
      await page.getByText('3 personnes prêtes').waitFor();
      await page.getByText(/^Donné par la liste pour chaque personne/).waitFor();
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      await page.getByRole('button', { name: 'Créer les 3 lettres' }).click();
      await page.getByText('3 lettres créées.').waitFor();
      const [zip] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^Télécharger un ZIP/ }).click(),
      ]);
      const files = unzipSync(new Uint8Array(await readFile(await zip.path())));
      /** Each letter's text as a head reads it, by the person's last name. */
      const texts = new Map<string, string>();
      for (const [name, bytes] of Object.entries(files)) {
        const text = (await readPdf(bytes)).pages.join('\n').replace(/\s+/g, ' ');
        const person = ['Lefèvre', 'Ndiaye', 'Roux'].find((nom) => text.includes(nom));
        texts.set(person ?? name, text);
      }
      expect([...texts.keys()].sort()).toEqual(['Lefèvre', 'Ndiaye', 'Roux']);
      const expected = {
        Lefèvre: 'physique-chimie',
        Ndiaye: 'mathématiques',
        Roux: 'histoire-géographie',
      };
      for (const [nom, discipline] of Object.entries(expected)) {
        const text = texts.get(nom) ?? '';
        expect(text, nom).toContain(`de discipline (${discipline})`);
        // Spaces folded: the no-break spaces inside « » read as plain ones.
        expect(text, nom).toContain(`de la discipline « ${discipline} »`);
        for (const other of Object.values(expected).filter((item) => item !== discipline))
          expect(text, `${nom} never says ${other}`).not.toContain(other);
      }
    });
  });
});
