/**
 * The school's logo in a real Chromium: chosen in « Mon établissement », refused when it is not
 * an image, shown in the editor's preview and painted in the downloaded PDF.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { findViolations, formatViolations } from './support/axe';
import { readPdf } from '../unit/pdf/pdf-text';
import { pngBytes } from '../unit/support/images';
import { downloadPdf } from './support/pdf-download';

const site = useSite({ root: distDir, base: distBase });
const png = { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(pngBytes(120, 60)) };
const text = { name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('<b>texte</b>') };

describe('the school’s logo', () => {
  test('refuses a text file, takes a PNG, then prints it in the preview and the PDF', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('mon-etablissement/'));
      const input = page.getByLabel('Logo de l’établissement (facultatif)');
      await input.setInputFiles(text);
      expect(await page.getByRole('alert').innerText()).toMatch(
        /^Ce fichier n’est pas une image PNG ou JPEG/,
      );
      await input.setInputFiles(png);
      const chosen = page.getByRole('img', { name: 'Logo de l’établissement' });
      await chosen.waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await chosen.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(120);
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
      const shown = page.locator('.letter-page').getByRole('img', {
        name: 'Logo de l’établissement',
      });
      await shown.waitFor();
      const box = await shown.boundingBox();
      // 2.5 cm at 96 px per inch, the most it may take.
      expect(box?.height ?? 0).toBeLessThanOrEqual(95);
      const download = await downloadPdf(page);
      const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
      expect(pdf.images[0]).toBe(1);
    });
  });
});
