/**
 * DOCX in a real Chromium: « Télécharger pour Word ou LibreOffice » in the editor downloads a
 * .docx made in the browser, with the letter's title and the typed person, the docx library
 * fetched only on the click. (No LibreOffice here: `libreoffice --headless --convert-to pdf`
 * on the file is the manual check that it opens.)
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Response } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { readDocx } from '../unit/docx/docx-text';

const site = useSite({ root: distDir, base: distBase });
const BUTTON = 'Télécharger pour Word ou LibreOffice';
const WORDML = 'schemas.openxmlformats.org/wordprocessingml/2006/main';

describe('exporting for Word or LibreOffice', () => {
  test('the click downloads a .docx with the title and the person, loading docx only then', async () => {
    await site.withPage(async (page) => {
      // Whether each script fetched holds the docx library (its WordprocessingML namespaces).
      const scripts: Promise<boolean>[] = [];
      page.on('response', (response: Response) => {
        if (response.request().resourceType() !== 'script') return;
        scripts.push(
          response.text().then(
            (code) => code.includes(WORDML),
            () => false,
          ),
        );
      });
      await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
      await page.locator('#f-nom').waitFor();
      await page.locator('#f-civilite').selectOption('Madame');
      await typeInto(page, page.locator('#f-prenom'), 'Zoé');
      await typeInto(page, page.locator('#f-nom'), 'L’Œillet');
      await waitForSaved(page);
      const before = scripts.length;
      expect(await Promise.all(scripts), 'no docx code on first load').not.toContain(true);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: BUTTON }).click(),
      ]);
      const onClick = await Promise.all(scripts.slice(before));
      expect(onClick, 'the docx library fetched on the click').toContain(true);
      expect(download.suggestedFilename()).toMatch(/^lettre-de-mission-.*oeillet.*\.docx$/);
      const docx = readDocx(new Uint8Array(await readFile(await download.path())));
      expect(docx.paragraphs).toContain(
        'Lettre de mission de la référente «\u00a0Décrochage scolaire\u00a0»',
      );
      expect(docx.paragraphs.join('\n')).toContain('Zoé L’Œillet');
      expect(docx.document).toContain('<w:pStyle w:val="Heading1"/>');
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: 'Fichier pour Word ou LibreOffice téléchargé' })
            .count(),
        )
        .toBe(1);
      // The letter is still there, untouched, and the button ready for another click.
      expect(await page.locator('#f-nom').inputValue()).toBe('L’Œillet');
      expect(
        await page.getByRole('button', { name: BUTTON }).getAttribute('aria-disabled'),
      ).toBeNull();
    });
  });
});
