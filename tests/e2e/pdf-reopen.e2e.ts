/**
 * A PDF that reopens, in a real Chromium: a letter's PDF downloaded from « Mes lettres » in one
 * browser profile, dropped on « Mes lettres » of a fresh profile, gives back the same letter
 * (its PDF, downloaded again there, holds the same text, read by poppler's `pdftotext`); a PDF
 * not made by the site gets the French message. Each state is checked with axe.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { waitForReady } from './support/ready';
import { findViolations, formatViolations } from './support/axe';
import { modelFileText } from '../../src/lib/models/share';
import { zephyr } from '../unit/models/fixture';

const site = useSite({ root: distDir, base: distBase });
const run = promisify(execFile);
const cards = (page: Page) => page.locator('.letter-card');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pdf-reopen-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openLetters(page: Page) {
  await page.goto(site.server.url('mes-lettres/'));
  await waitForReady(page);
}

/** The PDF of the list's first letter, downloaded as a user would, with its name. */
async function listPdf(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const button = page.getByRole('button', { name: /^Télécharger le PDF de la lettre/ }).first();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** The text poppler reads in a PDF. */
async function pdftotext(bytes: Buffer, name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return (await run('pdftotext', ['-layout', file, '-'])).stdout;
}

/** Drops a file on « Mes lettres »' import zone, as a file manager does. */
async function dropFile(page: Page, name: string, bytes: Buffer) {
  const transfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'application/pdf' }));
      return transfer;
    },
    { name, base64: bytes.toString('base64') },
  );
  const zone = page.locator('.control').filter({ has: page.locator('#import-file') });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

async function expectNoViolations(page: Page) {
  const violations = await findViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('a letter’s PDF dropped back on « Mes lettres »', () => {
  test('in a fresh profile, gives back the same letter: same PDF text', async () => {
    const first = await site.withPage(async (page) => {
      await page.goto(site.server.url('lettres/referent-decrochage-scolaire/rediger/'));
      await page.locator('#f-nom').waitFor();
      await page.locator('#f-civilite').selectOption('Madame');
      await typeInto(page, page.locator('#f-prenom'), 'Aïcha');
      await typeInto(page, page.locator('#f-nom'), 'N’Diaye');
      await waitForSaved(page);
      await openLetters(page);
      await expect.poll(() => cards(page).count()).toBe(1);
      return listPdf(page);
    });
    const firstText = await pdftotext(first.bytes, 'first.pdf');
    expect(firstText).toContain('Aïcha N’Diaye');
    const { stdout: attached } = await run('pdfdetach', ['-list', path.join(dir, 'first.pdf')]);
    expect(attached).toMatch(/^1 embedded files\n1: lettre-de-mission-.*\.json\n$/);

    await site.withPage(async (page) => {
      await openLetters(page);
      await expect.poll(() => cards(page).count()).toBe(0);
      // Dropped on the import zone, as from the file manager.
      await dropFile(page, first.name, first.bytes);
      await expect
        .poll(() => page.locator('.import-confirm').innerText())
        .toMatch(/1 lettre sera ajoutée\./u);
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Confirmer l’import' }).click();
      await expect
        .poll(() => page.locator('body').innerText())
        .toMatch(/Import terminé\s: 1 lettre ajoutée\./u);
      await expect.poll(() => cards(page).count()).toBe(1);
      const again = await listPdf(page);
      expect(again.name).toBe(first.name);
      expect(await pdftotext(again.bytes, 'again.pdf')).toBe(firstText);
    });
  });

  test('a PDF not made by the site: the French message, nothing imported', async () => {
    // The smallest valid PDF: one empty page, as another tool could make.
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ];
    let body = '%PDF-1.4\n';
    const offsets = objects.map((object, index) => {
      const at = body.length;
      body += `${index + 1} 0 obj\n${object}\nendobj\n`;
      return at;
    });
    const xref = body.length;
    body +=
      `xref\n0 4\n0000000000 65535 f \n` +
      offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('') +
      `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    await site.withPage(async (page) => {
      await openLetters(page);
      await page.locator('#import-file').setInputFiles({
        name: 'autre.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(body, 'latin1'),
      });
      const alert = page.getByRole('alert').filter({ hasText: 'Ce PDF' });
      await expect
        .poll(() => alert.innerText())
        .toMatch(
          /^Ce PDF ne contient pas de lettre modifiable\s: seuls les PDF créés par ce site en contiennent une\.$/u,
        );
      await expectNoViolations(page);
      expect(await cards(page).count()).toBe(0);
    });
  });

  test('written from one of the user’s models: the PDF brings the model too', async () => {
    const first = await site.withPage(async (page) => {
      await page.goto(site.server.url('mes-modeles/'));
      await waitForReady(page);
      await page.locator('#import-model').setInputFiles({
        name: 'zephyr.json',
        mimeType: 'application/json',
        buffer: Buffer.from(modelFileText(zephyr())),
      });
      await page
        .getByRole('link', { name: /Écrire une lettre avec le modèle «.Référent Zéphyr/ })
        .click();
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Durand');
      await waitForSaved(page);
      await openLetters(page);
      await expect.poll(() => cards(page).count()).toBe(1);
      return listPdf(page);
    });
    const firstText = await pdftotext(first.bytes, 'zephyr.pdf');
    expect(firstText).toContain('Durand veille au vent d’ouest.');

    await site.withPage(async (page) => {
      await openLetters(page);
      await page.locator('#import-file').setInputFiles({
        name: first.name,
        mimeType: 'application/pdf',
        buffer: first.bytes,
      });
      await expect
        .poll(() => page.locator('.import-confirm').innerText())
        .toMatch(/1 lettre sera ajoutée\.\s1 modèle sera ajouté à «\sMes modèles\s»\./u);
      await page.getByRole('button', { name: 'Confirmer l’import' }).click();
      await expect.poll(() => cards(page).count()).toBe(1);
      const again = await listPdf(page);
      expect(await pdftotext(again.bytes, 'zephyr-again.pdf')).toBe(firstText);
    });
  });
});
