/**
 * Offline, in a real Chromium: after one visit of the home page, with the network cut (the
 * context offline and the server stopped), every page opens, a letter is written, kept across a
 * reload and exported to PDF. Then a new version of the site is offered, never forced.
 * What the precache holds is read from the files of both builds (tests/build/precache.test.ts).
 */
import { cpSync, mkdirSync, rmSync, appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { typeInto, waitForSaved } from './support/keyboard';
import { precachedUrls } from './support/offline';
import { discoverPages, firstHeadingOf } from './support/pages';
import { assertBuilt, distBase, distDir, repoRoot } from './support/paths';
import { downloadPdf } from './support/pdf-download';
import { waitForReady } from './support/ready';
import { startStaticServer, type StaticServer } from './support/server';
import { readPdf } from '../unit/pdf/pdf-text';

const root = distDir;
const base = distBase;
const pages = discoverPages(root, base);

/**
 * The pages opened offline: one of each kind. The sixteen models' guides (and their editors) are
 * one template each, precached alike (tests/build/precache.test.ts reads that every page is):
 * opening all sixteen twice over doubled the test's time for no new failure.
 */
const kindOf = (relative: string) => relative.replace(/^lettres\/[^/]+\//u, 'lettres/*/');
const onePerKind = pages.filter(
  (page, index) =>
    pages.findIndex((other) => kindOf(other.relative) === kindOf(page.relative)) === index,
);
const editorRelative = 'lettres/referent-decrochage-scolaire/rediger/';
/** What jsPDF's optional chunks are called once built (checked against the build below). */
const optionalChunkName = /html2canvas|purify|canvg|\/index\.es\./i;

let browser: Browser;
beforeAll(async () => {
  assertBuilt(root);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A context as a user's browser: French, service workers allowed (Playwright's default). */
async function openContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    serviceWorkers: 'allow',
    acceptDownloads: true,
  });
  return { context, page: await context.newPage() };
}

/** Waits until a service worker is active and controls the page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 30_000,
    })
    .toBe(true);
}

/** The page's first heading, spaces collapsed as `firstHeadingOf` does (no-break ones too). */
async function headingOf(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).replace(/\s+/g, ' ').trim();
}

describe('with the network cut after one visit', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const failed: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer({ root, base });
    ({ context, page } = await openContext());
    context.on('request', (request) => requested.push(request.url()));
    context.on('requestfailed', (request) => {
      // A request cut short by the next navigation is not a missing file.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(request.url());
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the first visit of the home page installs a worker that controls it', async () => {
    await page.goto(server.url(''));
    await waitForWorker(page);
    const scope = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.scope ?? '',
    );
    expect(scope).toBe(server.url(''));
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cached.length).toBeGreaterThanOrEqual(precachedUrls(root).length);
    expect(cached.filter((url) => optionalChunkName.test(url))).toEqual([]);

    // The network is cut: the browser is offline and the host is gone.
    await context.setOffline(true);
    await server.close();
  });

  for (const sitePage of onePerKind) {
    test(`${sitePage.name} opens offline`, async () => {
      failed.length = 0;
      const url = server.url(sitePage.relative);
      await page.goto(url);
      await waitForReady(page);
      const expected = firstHeadingOf(sitePage.file);
      expect(expected).not.toBe('');
      // A tool may complete its heading once it has read what it shows (« Campagne » becomes
      // « Campagne 2027-2028 »): the page built is what opened, not another one or an error.
      const sameHeading = (heading: string) =>
        heading === expected || heading.startsWith(`${expected} `);
      expect(await headingOf(page)).toSatisfy(sameHeading);
      await page.reload();
      await waitForReady(page);
      expect(await headingOf(page)).toSatisfy(sameHeading);
      // An unknown address tries the network first (a host's 404 wins online), then falls back.
      const failures = failed.filter((failure) => !(sitePage.notFound && failure === url));
      expect(failures, 'requests that failed').toEqual([]);
    });
  }

  test('a letter is written, kept across a reload and exported to PDF, all offline', async () => {
    failed.length = 0;
    await page.goto(server.url(editorRelative));
    await page.locator('#f-nom').waitFor();
    await typeInto(page, page.locator('#f-prenom'), 'Inès');
    await typeInto(page, page.locator('#f-nom'), 'Hors-Réseau');
    await waitForSaved(page);
    expect(page.url()).toContain('?id=');

    await page.reload();
    await page.locator('#f-nom').waitFor();
    await expect.poll(() => page.locator('#f-nom').inputValue()).toBe('Hors-Réseau');

    const download = await downloadPdf(page);
    const bytes = new Uint8Array(await readFile(await download.path()));
    const pdf = await readPdf(bytes);
    expect(pdf.pages.join('\n')).toContain('Inès Hors-Réseau');
    expect(failed, 'requests that failed').toEqual([]);
  });

  test('no page ever asked for html2canvas, DOMPurify or canvg', () => {
    expect(requested.length).toBeGreaterThan(pages.length);
    expect(requested.filter((url) => optionalChunkName.test(url))).toEqual([]);
  });
});

describe('a new version of the site', () => {
  const copy = path.join(repoRoot, 'test-results', `offline-update-${process.pid}`);
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(path.dirname(copy), { recursive: true });
    cpSync(root, copy, { recursive: true });
    server = await startStaticServer({ root: copy, base });
    ({ context, page } = await openContext());
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  test('is offered by a polite banner while editing, and only its button reloads', async () => {
    await page.goto(server.url(editorRelative));
    await waitForWorker(page);
    await page.locator('#f-nom').waitFor();
    await typeInto(page, page.locator('#f-nom'), 'Avant la mise à jour');
    await waitForSaved(page);
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    // Deploy: a service worker that differs by one byte is a new version for the browser.
    appendFileSync(path.join(copy, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const banner = page.locator('.update-banner');
    await expect
      .poll(() => banner.getByRole('status').innerText(), { timeout: 30_000 })
      .toBe('Une nouvelle version du site est disponible.');
    expect(await page.evaluate(() => document.activeElement?.id), 'focus stays put').toBe('f-nom');
    await page.keyboard.type(' encore');
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
      'the page was not reloaded on its own',
    ).toBe(true);
    await waitForSaved(page);

    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Mettre à jour' }).click(),
    ]);
    await page.locator('#f-nom').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBeUndefined();
    await expect
      .poll(() => page.locator('#f-nom').inputValue())
      .toBe('Avant la mise à jour encore');
    expect(await page.locator('.update-banner').count()).toBe(0);
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
      ),
      'a version still waiting',
    ).toBe(false);
  });
});
