/**
 * The head's signature and the school's stamp, in a real Chromium: imported as images in « Mon
 * établissement », placed on a letter only once she ticks « Apposer ma signature et le cachet »
 * in the editor (remembered for her next letters), shown in the preview with their text, and
 * drawn in the PDF as two images (poppler's `pdfimages -list`), each a tagged figure of the
 * head's space (`pdfinfo -struct-text`; their texts are read in tests/unit/pdf/tagged). No
 * accessibility violation with the box shown.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { stat } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { downloadPdf } from './support/pdf-download';
import { findViolations, formatViolations } from './support/axe';
import { pngBytes } from '../unit/support/images';

const run = promisify(execFile);
const site = useSite({ root: distDir, base: distBase });
const EDITOR = 'lettres/referent-decrochage-scolaire/rediger/';

/** Chooses a PNG of `width` × `height` for the image field labelled `label`. */
async function choose(page: Page, label: string, width: number, height: number): Promise<void> {
  await page.getByLabel(label).setInputFiles({
    name: 'image.png',
    mimeType: 'image/png',
    buffer: Buffer.from(pngBytes(width, height, [20, 30, 120])),
  });
}

describe('the head’s signature and stamp', () => {
  test('imported once, placed when asked, kept for the next letters, in the PDF as figures', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('mon-etablissement/'));
      await page.locator('#school-chef').waitFor();
      await typeInto(page, page.locator('#school-etablissement'), 'Collège Pablo-Neruda');
      await typeInto(page, page.locator('#school-chef'), 'Nadia Benali');
      await page.getByLabel('Civilité du chef d’établissement').selectOption('Madame');
      await choose(page, 'Signature du chef d’établissement (facultative)', 300, 100);
      await page.getByRole('img', { name: 'Signature du chef d’établissement' }).waitFor();
      await choose(page, 'Cachet de l’établissement (facultatif)', 160, 160);
      await page.getByRole('img', { name: 'Cachet de l’établissement' }).waitFor();
      await waitForSaved(page);

      await page.goto(site.server.url(EDITOR));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Dubois');
      await waitForSaved(page);
      const box = page.getByLabel('Apposer ma signature et le cachet');
      expect(await box.isChecked()).toBe(false);
      const preview = page.locator('.letter-page');
      expect(await preview.locator('img').count()).toBe(0);

      await box.check();
      const signature = preview.getByRole('img', { name: 'Signature de Mme Nadia Benali' });
      await signature.waitFor();
      await preview
        .getByRole('img', { name: 'Cachet de l’établissement, Collège Pablo-Neruda' })
        .waitFor();
      const violations = await findViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      const download = await downloadPdf(page);
      const file = await download.path();
      const images = (await run('pdfimages', ['-list', file])).stdout.trim().split('\n');
      // Two header lines, then one line per image drawn: the signature and the stamp.
      expect(images.slice(2).map((line) => line.trim().split(/\s+/).slice(3, 5))).toEqual([
        ['300', '100'],
        ['160', '160'],
      ]);
      // Both tagged as figures of the head's space (their /Alt texts: tests/unit/pdf/tagged).
      const struct = (await run('pdfinfo', ['-struct-text', file])).stdout;
      // No logo here: the only figures are the signature's and the stamp's.
      expect(struct.match(/^\s*Figure:/gm)).toHaveLength(2);

      // The next letter: the choice was kept with « Mon établissement ».
      await page.goto(site.server.url(EDITOR));
      await page.locator('#f-nom').waitFor();
      expect(await page.getByLabel('Apposer ma signature et le cachet').isChecked()).toBe(true);
      await preview.getByRole('img', { name: 'Signature de Mme Nadia Benali' }).waitFor();
    });
  });
});

describe('a signature drawn in « Mon établissement »', () => {
  test('is drawn with the pointer, kept as an image, and placed in the PDF', async () => {
    await site.withPage(async (page) => {
      await page.goto(site.server.url('mon-etablissement/'));
      await page.locator('#school-chef').waitFor();
      await typeInto(page, page.locator('#school-chef'), 'Paul Roux');
      await page.getByRole('button', { name: 'Dessiner ma signature' }).click();
      const pad = page.getByLabel('Cadre où dessiner la signature');
      // Nothing drawn yet: said, nothing kept.
      await page.getByRole('button', { name: 'Garder cette signature' }).click();
      await page.getByText('Dessinez d’abord votre signature dans le cadre').waitFor();
      const box = await pad.boundingBox();
      if (!box) throw new Error('the pad is not shown');
      await page.mouse.move(box.x + 20, box.y + box.height * 0.7);
      await page.mouse.down();
      for (let step = 1; step <= 20; step += 1)
        await page.mouse.move(
          box.x + 20 + step * 12,
          box.y + box.height * (0.7 - 0.4 * Math.sin(step / 3)),
        );
      await page.mouse.up();
      await page.getByRole('button', { name: 'Garder cette signature' }).click();
      await page.getByRole('img', { name: 'Signature du chef d’établissement' }).waitFor();
      await waitForSaved(page);

      await page.goto(site.server.url(EDITOR));
      await page.locator('#f-nom').waitFor();
      await page.getByLabel('Apposer ma signature et le cachet').check();
      await page
        .locator('.letter-page')
        .getByRole('img', { name: 'Signature de Paul Roux' })
        .waitFor();
      const file = await (await downloadPdf(page)).path();
      const images = (await run('pdfimages', ['-list', file])).stdout.trim().split('\n');
      // One image, its transparent background kept as a soft mask.
      expect(images.slice(2).map((line) => line.trim().split(/\s+/)[2])).toEqual([
        'image',
        'smask',
      ]);
      // A signature adds at most 30 kB to the PDF (compressed, stored once).
      const signed = (await stat(file)).size;
      await page.getByLabel('Apposer ma signature et le cachet').uncheck();
      await page.locator('.letter-page .lp-signature-image').waitFor({ state: 'detached' });
      const unsigned = (await stat(await (await downloadPdf(page)).path())).size;
      expect(signed - unsigned).toBeGreaterThan(0);
      expect(signed - unsigned).toBeLessThanOrEqual(30 * 1024);
    });
  });
});
