import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { SitePage } from './pages';
import type { Site } from './site';

/** One URL-bearing attribute of a page, as written and resolved against the page's URL. */
export interface Link {
  /** e.g. `<a href="/guides/">` */
  readonly source: string;
  /** Absolute URL. */
  readonly url: string;
}

export interface PageAnchors {
  readonly links: readonly Link[];
  /** Fragment targets of the page: every `id`, plus `name` of `<a name>`. */
  readonly ids: readonly string[];
}

/** Reads `a[href]`, `link[href]`, `img[src]`, `script[src]` and the fragment targets of a loaded page. */
export function readAnchors(page: Page): Promise<PageAnchors> {
  return page.evaluate(() => {
    const selectors = [
      ['a[href]', 'href'],
      ['link[href]', 'href'],
      ['img[src]', 'src'],
      ['script[src]', 'src'],
    ] as const;
    const links: { source: string; url: string }[] = [];
    for (const [selector, attribute] of selectors) {
      for (const element of document.querySelectorAll(selector)) {
        const value = element.getAttribute(attribute) ?? '';
        let url: string;
        try {
          url = new URL(value, document.baseURI).href;
        } catch {
          url = `invalid:${value}`;
        }
        links.push({ source: `<${element.localName} ${attribute}="${value}">`, url });
      }
    }
    const ids = [
      ...Array.from(document.querySelectorAll('[id]'), (element) => element.id),
      ...Array.from(
        document.querySelectorAll('a[name]'),
        (element) => element.getAttribute('name') ?? '',
      ),
    ];
    return { links, ids };
  });
}

/**
 * Checks links against the served build with node's fetch (no redirect followed: a link must
 * point at the final URL, trailing slash included) and fragments against the target's ids.
 * Each distinct URL is fetched (and each fragment target loaded) once.
 */
export class LinkChecker {
  readonly #site: Site;
  readonly #statuses = new Map<string, Promise<number>>();
  readonly #ids = new Map<string, Promise<ReadonlySet<string>>>();

  constructor(site: Site) {
    this.#site = site;
  }

  /** Records the ids of a page already loaded, so fragments pointing at it need no new load. */
  rememberIds(pageUrl: string, ids: readonly string[]): void {
    this.#ids.set(withoutHash(pageUrl), Promise.resolve(new Set(ids)));
  }

  /** Problems found in the links of the page at `pageUrl`, one readable line each. */
  async problems(pageUrl: string, anchors: PageAnchors): Promise<string[]> {
    const origin = this.#site.server.origin;
    const here = withoutHash(pageUrl);
    const problems: string[] = [];
    for (const link of anchors.links) {
      if (link.url.startsWith('invalid:')) {
        problems.push(`${link.source}: not a valid URL`);
        continue;
      }
      const target = new URL(link.url);
      if (target.origin !== origin) continue;
      const targetUrl = withoutHash(link.url);
      // A link to the page itself (e.g. "#main") is checked on this page, whatever its status.
      if (targetUrl !== here) {
        const status = await this.#status(targetUrl);
        if (status !== 200) {
          problems.push(`${link.source} → ${target.pathname}${target.search} answers ${status}`);
          continue;
        }
      }
      if (!link.url.includes('#')) continue;
      const fragment = decodeFragment(target.hash);
      if (fragment === '') {
        problems.push(`${link.source}: empty fragment`);
        continue;
      }
      // "#top" scrolls to the top of the document even without such an id (HTML standard).
      if (fragment.toLowerCase() === 'top') continue;
      const ids = targetUrl === here ? new Set(anchors.ids) : await this.#idsOf(targetUrl);
      if (!ids.has(fragment)) {
        problems.push(`${link.source}: no element with id "${fragment}" on ${target.pathname}`);
      }
    }
    return [...new Set(problems)];
  }

  #status(url: string): Promise<number> {
    let status = this.#statuses.get(url);
    if (!status) {
      status = fetch(url, { redirect: 'manual' }).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      });
      this.#statuses.set(url, status);
    }
    return status;
  }

  #idsOf(url: string): Promise<ReadonlySet<string>> {
    let ids = this.#ids.get(url);
    if (!ids) {
      ids = this.#site.withPage(async (page) => {
        await page.goto(url);
        return new Set((await readAnchors(page)).ids);
      });
      this.#ids.set(url, ids);
    }
    return ids;
  }
}

/**
 * The anchors each page showed on its visit, checked once every page has been visited: a
 * fragment into another page is then resolved from the ids recorded on that page's own visit
 * (no second load).
 */
export class VisitedLinks {
  readonly #site: Site;
  readonly #checker: LinkChecker;
  readonly #anchorsByPage = new Map<string, PageAnchors>();

  constructor(site: Site) {
    this.#site = site;
    this.#checker = new LinkChecker(site);
  }

  /** Reads the anchors of `sitePage`, loaded in `page`, and keeps them for {@link testEach}. */
  async record(sitePage: SitePage, page: Page): Promise<void> {
    const anchors = await readAnchors(page);
    this.#anchorsByPage.set(sitePage.path, anchors);
    // The 404 page is reached through a missing URL: no link points at its ids.
    if (!sitePage.notFound) {
      this.#checker.rememberIds(this.#site.server.url(sitePage.relative), anchors.ids);
    }
  }

  /**
   * Registers one test per page: every internal link of the page answers 200 and every
   * fragment exists on its target page. Register it after the tests (or hooks) that visit.
   */
  testEach(pages: readonly SitePage[]): void {
    for (const sitePage of pages) {
      test(sitePage.name, async () => {
        const anchors = this.#anchorsByPage.get(sitePage.path);
        if (!anchors) throw new Error(`${sitePage.path} could not be loaded`);
        const problems = await this.#checker.problems(
          this.#site.server.url(sitePage.relative),
          anchors,
        );
        expect(problems, `broken internal links on ${sitePage.path}`).toEqual([]);
      });
    }
  }
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function decodeFragment(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
