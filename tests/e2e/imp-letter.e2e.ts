/**
 * The IMP as the signed letter states it, read back from the PDF the user downloads: the
 * sentence on the IMP names an amount as an amount, the table speaks to the reader of the
 * letter (no form leftovers), and a letter whose model has no IMP table can be given one.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { tabTo, typeInto, waitForSaved } from './support/keyboard';
import { downloadPdf } from './support/pdf-download';
import { readPdf } from '../unit/pdf/pdf-text';

const site = useSite({ root: distDir, base: distBase });
const editorUrl = (slug: string) => site.server.url(`lettres/${slug}/rediger/`);

/**
 * The downloaded PDF's text, every run of spaces (U+00A0 and U+202F included) as one space and
 * the lines joined: what the head reads, wherever a line happens to wrap.
 */
async function pdfText(page: Page): Promise<string> {
  const download = await downloadPdf(page);
  const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
  return pdf.pages.join('\n').replace(/\s+/g, ' ');
}

/** What the form says to the person filling it, and the letter never says to its reader. */
const formLeftovers = [/le cas échéant/i, /\(mission /i, /«\s*autre\s*»/i, /attribuées par/i];

/** The IMP table in the PDF's text: from its caption to its last row or the next block. */
function impTable(text: string): string {
  const start = text.indexOf('Indemnité pour mission particulière (IMP)');
  expect(start, 'the PDF prints an IMP table').toBeGreaterThanOrEqual(0);
  return text.slice(start, start + 600);
}

describe('the IMP in the downloaded PDF', () => {
  test('1,5 IMP is « hors taux usuel », its amount a yearly amount, not a taux', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl('referent-decrochage-scolaire'));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#imp-etablissement-count'), '1,5');
      await waitForSaved(page);
      const text = await pdfText(page);
      expect(text).toContain(
        'bénéficie d’une indemnité pour mission particulière : 1,5 IMP (hors taux usuel), soit 1 875 € par an.',
      );
      expect(text).not.toContain('au taux de 1 875');
      const table = impTable(text);
      expect(table).toContain('Référent décrochage scolaire 1,5 Hors taux usuel 1 875 €');
      for (const leftover of formLeftovers) expect(table).not.toMatch(leftover);
    });
  });

  test('the Cordées table names each line by its mission, not by the form’s labels', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl('referent-cordee-de-la-reussite'));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#imp-rectorat-count'), '1');
      await typeInto(page, page.locator('#imp-etablissement-count'), '0,5');
      await waitForSaved(page);
      const table = impTable(await pdfText(page));
      expect(table).toContain('Cordées de la réussite, dotation du rectorat');
      expect(table).toContain('Cordées de la réussite, complément de l’établissement');
      for (const leftover of formLeftovers) expect(table).not.toMatch(leftover);
    });
  });

  test('a REP letter, whose model has none, gets an IMP table from the keyboard', async () => {
    await site.withPage(async (page) => {
      await page.goto(editorUrl('coordonnateur-rep'));
      await page.locator('#f-nom').waitFor();
      expect(await pdfText(page)).not.toContain('Indemnité pour mission particulière (IMP)');

      // From the button before it, Tab reaches « Ajouter un tableau des IMP »; Enter adds it.
      await page.locator('#add-section').focus();
      await tabTo(page, page.getByRole('button', { name: 'Ajouter un tableau des IMP' }), 60);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('imp-etablissement-taux');
      await typeInto(page, page.locator('#imp-etablissement-count'), '1,5');
      await waitForSaved(page);

      expect(impTable(await pdfText(page))).toContain(
        'Mission Nombre d’IMP Taux Montant annuel Par mois ' +
          'Coordonnateur du REP 1,5 Hors taux usuel 1 875 € 208,33 €',
      );
    });
  });
});
