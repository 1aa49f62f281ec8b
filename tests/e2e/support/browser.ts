import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/** Debian's Chromium (no browser download is possible here); override with CHROMIUM_PATH. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * What every test context starts from: French, and no service worker, since installing one
 * precaches the whole site (about 3 MB) in each fresh context and answers from its cache. The
 * tests of offline use and of the policy with a worker ask for one (`serviceWorkers: 'allow'`).
 */
export const contextDefaults: BrowserContextOptions = { locale: 'fr-FR', serviceWorkers: 'block' };

/** Runs `fn` in a page of a fresh browser context (no shared cookies, storage or cache). */
export async function withPage<T>(
  browser: Browser,
  fn: (page: Page, context: BrowserContext) => Promise<T>,
  options: BrowserContextOptions = {},
): Promise<T> {
  const context = await browser.newContext({ ...contextDefaults, ...options });
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}
