/**
 * « Mon équipe » in a real Chromium with IndexedDB: a team of 30 imported from a CSV file, one
 * person edited, all of it kept across a reload; the page passes axe.
 */
import { describe, expect, test } from 'vitest';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readRaw } from './support/raw-store';
import { findViolations, formatViolations } from './support/axe';

const site = useSite({ root: distDir, base: distBase });

/** 30 people, each with a name of their own (« Martin-Aa », « Martin-Ab »…), and a header row. */
const csv = [
  'Civilité;Nom;Prénom;Fonction;Courriel',
  ...Array.from({ length: 30 }, (_, index) => {
    const nom = `Martin-${String.fromCharCode(65 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}`;
    return `${index % 2 === 0 ? 'Mme' : 'M.'};${nom};Zoé;professeur de lettres;p${index}@ac-lyon.fr`;
  }),
].join('\r\n');

describe('« Mon équipe »', () => {
  test('imports 30 people from a CSV, edits one, and keeps them across a reload', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('mon-equipe/'));
      await page.getByRole('heading', { name: /^L’équipe/ }).waitFor();
      await page.getByLabel('Ou importer un fichier CSV ou texte').setInputFiles({
        name: 'equipe.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByText('30 personnes à ajouter.').waitFor();
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await page.getByRole('button', { name: 'Ajouter 30 personnes à l’équipe' }).click();
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      expect(await page.locator('.team-table tbody tr').count()).toBe(30);

      // The same file again adds nobody, and says so.
      await page.getByLabel('Ou importer un fichier CSV ou texte').setInputFiles({
        name: 'equipe.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByText(/30 personnes sont déjà dans l’équipe/).waitFor();
      await page.getByRole('button', { name: 'Annuler l’import' }).click();

      await page.getByRole('button', { name: 'Modifier Zoé Martin-Ab' }).click();
      await page.locator('#team-edit-fonction').fill('CPE');
      await page.getByRole('button', { name: 'Enregistrer la modification' }).click();
      await page.getByRole('checkbox', { name: 'Zoé Martin-Ac a quitté l’établissement' }).check();
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });

      await page.reload();
      await page.getByRole('heading', { name: 'L’équipe (30 personnes)' }).waitFor();
      const row = page.getByRole('row', { name: /Zoé Martin-Ab/ });
      expect(await row.innerText()).toContain('CPE');
      expect(
        await page
          .getByRole('checkbox', { name: 'Zoé Martin-Ac a quitté l’établissement' })
          .isChecked(),
      ).toBe(true);
      const stored = (await readRaw(page, 'team')) as { people: { nom: string }[] };
      expect(stored.people).toHaveLength(30);

      await page.getByLabel('Rechercher un nom, une fonction').fill('martin-ab');
      expect(await page.locator('.team-table tbody tr').count()).toBe(1);
      const after = await findViolations(page);
      expect(after, formatViolations(after)).toEqual([]);
    });
  });
});
