/**
 * The Content-Security-Policy in a real Chromium: the editor with a PDF export,
 * « Mon établissement » with a logo, the import of a backup and « Créer un modèle » run with no
 * `securitypolicyviolation`, no CSP error in the console, no request to another origin and
 * no cookie. That every page carries its policy is read from the files (tests/build/csp.test.ts);
 * that every page loads with no violation is checked on site.e2e.ts's one visit of each page.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { watchCsp } from './support/csp-watch';
import { typeInto, waitForSaved } from './support/keyboard';
import { downloadPdf } from './support/pdf-download';
import { pngBytes } from '../unit/support/images';

const root = distDir;
const base = distBase;
const site = useSite({ root, base });

/** Waits until every island of the page has hydrated (Astro drops their `ssr` attribute). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
}

/** The headers `_headers` gives every path (its `<base>*` rule), as a host would send them. */
async function hostHeaders(): Promise<Record<string, string>> {
  const text = await readFile(path.join(root, '_headers'), 'utf8');
  const rule = text.split(/\n\n+/).find((block) => block.startsWith(`${base}*\n`)) ?? '';
  const headers: Record<string, string> = {};
  for (const line of rule.split('\n').slice(1)) {
    const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
    if (name) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * Runs `fn` in a fresh context watched for CSP problems, then checks there were none. With
 * `headers`, every response of the site also carries them, as on a host that reads `_headers`.
 */
async function withWatchedPage(
  fn: (page: Page) => Promise<void>,
  headers?: Record<string, string>,
): Promise<void> {
  await site.withPage(
    async (page, context) => {
      const { problems } = await watchCsp(context, site.server.origin);
      if (headers) {
        await context.route('**/*', async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
        });
      }
      await fn(page);
      expect(problems).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    },
    // The worker's registration is checked against the policy too; with the host's headers, it
    // would answer from its cache, past the route that adds them.
    { serviceWorkers: headers ? 'block' : 'allow' },
  );
}

const editorPath = 'lettres/referent-decrochage-scolaire/rediger/';

describe('the Content-Security-Policy', () => {
  test('the watch sees an inline script and an inline style the policy blocks', async () => {
    await site.withPage(async (page, context) => {
      const { problems } = await watchCsp(context, site.server.origin);
      await page.goto(site.server.url());
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "injecté"';
        document.head.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { color: red }';
        document.head.append(style);
      });
      await expect.poll(() => problems.length).toBeGreaterThanOrEqual(2);
      expect(await page.title()).not.toBe('injecté');
      expect(problems.join('\n')).toMatch(/script-src-elem blocked inline/);
      expect(problems.join('\n')).toMatch(/style-src-elem blocked inline/);
    });
  });

  test('the editor: typing, then a PDF download', async () => {
    await withWatchedPage(async (page) => {
      await page.goto(site.server.url(editorPath));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-prenom'), 'Zoé');
      await typeInto(page, page.locator('#f-nom'), 'L’Œillet');
      await waitForSaved(page);
      const download = await downloadPdf(page);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });
  });

  test('with the host’s headers too (both policies apply): pages, and a PDF export', async () => {
    const headers = await hostHeaders();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    await withWatchedPage(async (page) => {
      for (const relative of [
        '',
        'glossaire/',
        'mes-lettres/',
        'campagne/',
        'mon-etablissement/',
        'mon-equipe/',
      ]) {
        const response = await page.goto(site.server.url(relative));
        expect(response?.headers()['content-security-policy']).toBe(
          headers['content-security-policy'],
        );
        await hydrated(page);
      }
      await page.goto(site.server.url(editorPath));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Dupont');
      await waitForSaved(page);
      await downloadPdf(page);
    }, headers);
  });

  test('« Envoyer à l’intéressé(e) » with the host’s headers: the link, its page, its PDF, the return link', async () => {
    const headers = await hostHeaders();
    await withWatchedPage(async (page) => {
      await page.goto(site.server.url(editorPath));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Dupont');
      await waitForSaved(page);
      await page.getByRole('button', { name: 'Envoyer à l’intéressé(e)' }).click();
      const field = page.getByLabel('Lien de la lettre pour l’intéressé(e)');
      await field.waitFor();
      await page.goto(await field.inputValue());
      await page.locator('.received-letter .letter-page').waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
      expect((await (await download).path()) ?? '').not.toBe('');
      await page
        .getByRole('button', { name: 'J’ai vu et pris connaissance de cette lettre' })
        .click();
      const back = page.getByLabel('Lien de retour pour votre chef d’établissement');
      await back.waitFor();
      await page.goto(await back.inputValue());
      await page
        .getByRole('status')
        .filter({ hasText: 'La lettre est maintenant «\u00a0Vue par l’intéressé(e)\u00a0»' })
        .waitFor();
    }, headers);
  });

  test('a search (Pagefind’s WebAssembly and worker, the user’s models), with the host’s headers too', async () => {
    const headers = await hostHeaders();
    await withWatchedPage(async (page) => {
      await page.goto(site.server.url('recherche/?q=FOQUALE'));
      await page
        .getByRole('status')
        .filter({ hasText: /résultats? pour/ })
        .waitFor();
      expect(await page.locator('.search-results a').count()).toBeGreaterThan(0);
    }, headers);
  });

  test('« Mon établissement » with a logo, shown in the editor and painted in the PDF', async () => {
    await withWatchedPage(async (page) => {
      await page.goto(site.server.url('mon-etablissement/'));
      await page.getByLabel('Logo de l’établissement (facultatif)').setInputFiles({
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: Buffer.from(pngBytes(120, 60)),
      });
      const chosen = page.getByRole('img', { name: 'Logo de l’établissement' });
      await chosen.waitFor();
      expect(await chosen.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(120);
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });

      await page.goto(site.server.url(editorPath));
      const shown = page.locator('.letter-page').getByRole('img', {
        name: 'Logo de l’établissement',
      });
      await shown.waitFor();
      expect(await shown.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(120);
      await downloadPdf(page);
    });
  });

  test('a backup downloaded from « Mes lettres » and imported back', async () => {
    await withWatchedPage(async (page) => {
      await page.goto(site.server.url(editorPath));
      await page.locator('#f-nom').waitFor();
      await typeInto(page, page.locator('#f-nom'), 'Dupont');
      await waitForSaved(page);
      await page.goto(site.server.url('mes-lettres/'));
      const cards = page.locator('.letter-card');
      await expect.poll(() => cards.count()).toBe(1);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Télécharger toutes mes lettres/ }).click(),
      ]);
      const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as {
        letters: { id: string; values: Record<string, string> }[];
      };
      const letters = backup.letters.map((letter) => ({
        ...letter,
        id: 'importee',
        values: { ...letter.values, nom: 'Importée' },
      }));
      await page.locator('#import-file').setInputFiles({
        name: 'sauvegarde.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...backup, letters })),
      });
      await page.getByRole('button', { name: 'Confirmer l’import' }).click();
      await expect.poll(() => cards.count()).toBe(2);
    });
  });

  test('« Créer un modèle »: a model from scratch, saved, then its guide', async () => {
    await withWatchedPage(async (page) => {
      await page.goto(site.server.url('modeles/creer/'));
      await page.getByRole('button', { name: 'Partir de zéro' }).click();
      await page.getByLabel('Nom de la mission').fill('Référent Zéphyr');
      await page.getByRole('button', { name: 'Ajouter une mission' }).click();
      await page.keyboard.type('Veiller sur la girouette.');
      await expect
        .poll(() => page.locator('.letter-page').innerText())
        .toContain('Veiller sur la girouette');
      await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
      await page.goto(site.server.url('mes-modeles/'));
      await page.getByRole('link', { name: /Voir le guide du modèle «.Référent Zéphyr.»/ }).click();
      await expect.poll(() => page.title()).toBe('Référent Zéphyr – Lettres de mission');
    });
  });
});
