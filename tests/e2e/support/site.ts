import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { contextDefaults, launchBrowser, withPage } from './browser';
import { assertBuilt } from './paths';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './server';

export interface SharedPage {
  readonly page: Page;
  readonly context: BrowserContext;
}

export interface Site {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** A page in a fresh context; the context is closed when `fn` settles. */
  withPage<T>(
    fn: (page: Page, context: BrowserContext) => Promise<T>,
    options?: BrowserContextOptions,
  ): Promise<T>;
  /**
   * One page reused by every test of the enclosing `describe` (opening a page costs more than
   * a navigation). Call it inside the `describe` callback; each test navigates it afresh.
   */
  usePage(options?: BrowserContextOptions): SharedPage;
}

/**
 * Serves a build and launches one Chromium for the current test file
 * (registers beforeAll/afterAll hooks; call it at the top level of the file).
 */
export function useSite(options: StaticServerOptions): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    assertBuilt(options.root);
    server = await startStaticServer(options);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const site: Site = {
    get server() {
      if (!server) throw new Error('useSite(): the server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useSite(): the browser starts in beforeAll');
      return browser;
    },
    withPage: (fn, contextOptions) => withPage(site.browser, fn, contextOptions),
    usePage(contextOptions) {
      let shared: SharedPage | undefined;
      beforeAll(async () => {
        const context = await site.browser.newContext({ ...contextDefaults, ...contextOptions });
        shared = { context, page: await context.newPage() };
      });
      afterAll(async () => {
        await shared?.context.close();
      });
      return {
        get page() {
          if (!shared) throw new Error('usePage(): the page opens in beforeAll');
          return shared.page;
        },
        get context() {
          if (!shared) throw new Error('usePage(): the page opens in beforeAll');
          return shared.context;
        },
      };
    },
  };
  return site;
}
