/**
 * « Récapitulatif des IMP » in a real Chromium with real IndexedDB: letters stored in the
 * browser are listed by year with their totals, the allocation typed is kept with « Mon
 * établissement » across a reload, the CSV downloaded reads back to the same figures, the
 * council's PDF downloads with them, and the page has no accessibility violation.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { findViolations, formatViolations } from './support/axe';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { readRaw, writeRaw } from './support/raw-store';
import { readPdf } from '../unit/pdf/pdf-text';
import { frenchCents, readCsv } from '../unit/support/csv-read';
import { letterOf, type Person } from '../unit/summary/support';

const site = useSite({ root: distDir, base: distBase });
const summaryUrl = () => site.server.url('recapitulatif-imp/');

const YEAR = '2030-2031';
const MODEL = 'referent-decrochage-scolaire';
const people: Person[] = [
  { id: 'claire', prenom: 'Claire', nom: 'Dubois', year: YEAR, lines: [{ count: 1, taux: 3 }] },
  {
    id: 'luc',
    prenom: 'Luc',
    nom: 'Martin; dit "Lulu"',
    year: YEAR,
    lines: [
      { count: 1.5, taux: null },
      { count: 0.25, taux: 1 },
    ],
  },
  { id: 'anne', prenom: 'Anne', nom: 'Petit', year: '2029-2030', lines: [{ count: 2, taux: 4 }] },
  { id: 'jean', prenom: 'Jean', nom: 'Sansannée', year: '', lines: [{ count: 1, taux: 3 }] },
];
// 1 250 € + 1 875 € + 312,50 € for 2030-2031.
const TOTAL_CENTS = 125000 + 187500 + 31250;

/** Opens the summary and waits until it has read the letters. */
async function openSummary(page: Page): Promise<void> {
  await page.goto(summaryUrl());
  await page.locator('#summary-year').waitFor();
}

/** Stores the letters as the editor would have (the page's database opened first). */
async function seed(page: Page): Promise<void> {
  await openSummary(page);
  for (const person of people)
    await writeRaw(page, `letter:${person.id}`, letterOf({ ...person, typeId: MODEL }));
  await openSummary(page);
}

const flat = (text: string) => text.replace(/\s+/gu, ' ');

async function downloadText(
  page: Page,
  button: string,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { download, bytes: await readFile(await download.path()) };
}

describe('« Récapitulatif des IMP »', () => {
  test('lists a year’s letters with totals, and keeps the undated ones apart', async () => {
    await site.withPage(async (page) => {
      await seed(page);
      await page.locator('#summary-year').selectOption(YEAR);
      const table = page.getByRole('table', { name: /Lettres de l’année scolaire 2030-2031/ });
      await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
      const rows = (await table.locator('tbody tr').allInnerTexts()).map(flat);
      expect(rows[0]).toContain('Claire Dubois');
      expect(rows[0]).toContain('taux 3');
      expect(rows[0]).toContain('1 250 €');
      expect(rows[1]).toContain('Luc Martin; dit "Lulu"');
      expect(rows[1]).toContain('hors taux usuel + taux 1');
      expect(rows[1]).toContain('1,75');
      expect(rows[1]).toContain('2 187,50 €');
      expect(flat(await table.locator('tfoot').innerText())).toContain('3 437,50 €');
      const missions = page.getByRole('table', { name: /Totaux par mission/ });
      expect(flat(await missions.innerText())).toContain('Référent décrochage scolaire');

      const undated = page.getByRole('region', { name: 'Lettres sans année scolaire' });
      expect(flat(await undated.innerText())).toContain('Jean Sansannée');
      expect(flat(await table.innerText())).not.toContain('Sansannée');

      await page.locator('#summary-year').selectOption('2029-2030');
      await expect
        .poll(async () => flat(await page.locator('.summary-table tfoot').first().innerText()))
        .toContain('2 500 €');
    });
  });

  test('keeps the allocation after a reload and says what is left or overspent', async () => {
    await site.withPage(async (page) => {
      await seed(page);
      await page.locator('#summary-year').selectOption(YEAR);
      const field = page.getByLabel(`Dotation d’IMP notifiée pour ${YEAR} (en euros)`);
      await field.fill('4 000');
      await field.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `Dotation ${YEAR} enregistrée.` })
        .waitFor();
      expect(await readRaw(page, 'school')).toMatchObject({ impAllocations: { [YEAR]: 400000 } });
      await expect
        .poll(async () => flat(await page.locator('.balance').innerText()))
        .toBe('Reste à attribuer : 562,50 €.');

      await openSummary(page);
      await page.locator('#summary-year').selectOption(YEAR);
      expect(await field.inputValue()).toBe('4\u202f000\u00a0€');
      await field.fill('3 000,50');
      await field.press('Enter');
      await expect
        .poll(async () => flat(await page.locator('.balance').innerText()))
        .toBe('Dotation dépassée de 437 €.');
      expect(await readRaw(page, 'school')).toMatchObject({ impAllocations: { [YEAR]: 300050 } });

      await field.fill('douze mille');
      await field.press('Enter');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#allocation-msg').innerText()).toContain('Saisissez un montant');
      expect(await readRaw(page, 'school')).toMatchObject({ impAllocations: { [YEAR]: 300050 } });

      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  });

  test('downloads a CSV that reads back to the same figures, and the council’s PDF', async () => {
    await site.withPage(async (page) => {
      await seed(page);
      await page.locator('#summary-year').selectOption(YEAR);

      const csv = await downloadText(page, 'Télécharger le CSV');
      expect(csv.download.suggestedFilename()).toBe(`recapitulatif-imp-${YEAR}.csv`);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = csv.bytes.toString('utf8');
      expect(text.split('\r\n').length).toBe(5); // header, three IMP lines, final CRLF
      const [header = [], ...records] = readCsv(text);
      const column = (name: string) => header.indexOf(name);
      expect(records).toHaveLength(3);
      expect(records.map((record) => record[column('Nom')])).toEqual([
        'Dubois',
        'Martin; dit "Lulu"',
        'Martin; dit "Lulu"',
      ]);
      expect(records.every((record) => record[column('Code STS')] === 'IMP 9073')).toBe(true);
      const cents = records.reduce(
        (sum, record) => sum + frenchCents(record[column('Montant annuel (€)')] ?? ''),
        0,
      );
      expect(cents).toBe(TOTAL_CENTS);

      const pdf = await downloadText(page, 'Télécharger le PDF');
      expect(pdf.download.suggestedFilename()).toBe(`recapitulatif-imp-${YEAR}.pdf`);
      const reading = await readPdf(new Uint8Array(pdf.bytes));
      const printed = flat(reading.pages.join('\n'));
      for (const part of [
        'Récapitulatif des indemnités pour missions particulières (IMP)',
        `Année scolaire ${YEAR}`,
        'Claire Dubois',
        // Typeset as the letters are: a space before « ; », French quotes.
        'Luc Martin ; dit « Lulu »',
        'Total 2 lettres 2,75 3 437,50 €',
      ])
        expect(printed).toContain(part);
    });
  });
});
