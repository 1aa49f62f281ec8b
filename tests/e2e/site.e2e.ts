/**
 * End-to-end checks of the built site, page by page.
 * Pages are discovered from the build, so a new page is covered without touching this file.
 * Each page is loaded once, and every per-page check (a to f, and h) runs on that one visit;
 * the links it showed are checked (e) once every page has been visited.
 * Run: npm run build:e2e && npm run test:e2e
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { watchCsp, type CspWatch } from './support/csp-watch';
import type { Page, Request } from 'playwright-core';
import { findViolations, formatViolations } from './support/axe';
import { VisitedLinks } from './support/links';
import {
  discoverPages,
  firstHeadingOf,
  isEditorPage,
  titleOf,
  type SitePage,
} from './support/pages';
import { offlineRegistrationScripts } from './support/offline';
import { distBase, distDir } from './support/paths';
import { waitForReady } from './support/ready';
import { useSite } from './support/site';

const pages = discoverPages(distDir, distBase);
const site = useSite({ root: distDir, base: distBase });
const urlOf = (relative: string): string => site.server.url(relative);
const urlPath = (relative: string): string => new URL(urlOf(relative)).pathname;
/** Playwright's default viewport: the width every check but f ran at. */
const desktop = { width: 1280, height: 720 };
/** f: a phone. No isMobile: mobile emulation zooms out to fit a too-wide page, hiding overflow. */
const phone = { width: 360, height: 740 };
/** e: the anchors each visit reads, checked once every page has been visited. */
const links = new VisitedLinks(site);

describe('each page, loaded once: a. basics, b. no JavaScript, c. axe-core, d. privacy and CSP, f. phone width, h. typography', () => {
  const shared = site.usePage({ viewport: desktop });
  const titlesInBuild = new Map(pages.map((sitePage) => [sitePage.path, titleOf(sitePage.file)]));
  /** d: requests to another origin since the current page's navigation began (all aborted). */
  let outside: string[] = [];
  /** d: every CSP violation and policy message of the visits (csp.e2e.ts tests the watch). */
  let csp: CspWatch = { problems: [] };

  beforeAll(async () => {
    const origin = site.server.origin;
    csp = await watchCsp(shared.context, origin);
    await shared.context.route('**/*', async (route) => {
      const request = route.request();
      if (/^(https?|wss?):/i.test(request.url()) && new URL(request.url()).origin !== origin) {
        outside.push(`${request.resourceType()} ${request.url()}`);
        await route.abort('blockedbyclient');
      } else {
        await route.continue();
      }
    });
  });

  for (const sitePage of pages) {
    test(sitePage.name, async () => {
      const { page } = shared;
      // f left the previous page at phone width.
      await page.setViewportSize(desktop);
      // The checks are soft: a failing one does not hide the others' findings on this visit.
      // b and d listen from before the navigation: every request of the load is seen.
      outside = [];
      const scriptRequests: string[] = [];
      const onRequest = (request: Request): void => {
        if (request.resourceType() === 'script') scriptRequests.push(request.url());
      };
      page.on('request', onRequest);
      try {
        const response = await page.goto(urlOf(sitePage.relative));
        // e and a read the page once loaded, as they always did (a tool may still be loading).
        await links.record(sitePage, page);
        await checkBasics(page, sitePage, response?.status(), titlesInBuild);
        // A tool page: its code, storage library and data are fetched and read, its form shown
        // (no request follows the marker); a guidance page is ready at `load`.
        await waitForReady(page);
      } finally {
        page.off('request', onRequest);
      }
      // b reads the DOM before axe-core is injected into it (c).
      if (!isEditorPage(sitePage)) await checkNoJavaScript(page, scriptRequests);
      await checkTypography(page);
      await checkAccessibility(page, sitePage);
      await checkPhoneWidth(page);
      // Last: whatever the other checks did is in `outside` too.
      expect.soft(outside, 'requests to another origin').toEqual([]);
      expect.soft(csp.problems.splice(0), 'Content-Security-Policy violations').toEqual([]);
      expect.soft(await page.evaluate(() => document.cookie), 'document.cookie').toBe('');
    });
  }
});

describe('e. internal links answer 200 and fragments exist', () => {
  links.testEach(pages);
});

/** a. Status, lang="fr", one h1, a title no other page has, one description. */
async function checkBasics(
  page: Page,
  sitePage: SitePage,
  status: number | undefined,
  titlesInBuild: ReadonlyMap<string, string>,
): Promise<void> {
  expect.soft(status, 'HTTP status').toBe(sitePage.notFound ? 404 : 200);

  if (sitePage.notFound) {
    expect.soft(existsSync(sitePage.file), `${sitePage.file} exists`).toBe(true);
    const expected = firstHeadingOf(sitePage.file);
    expect.soft(expected, 'dist/404.html has an <h1>').not.toBe('');
    expect
      .soft((await page.locator('h1').first().innerText()).trim(), 'the 404 page is shown')
      .toBe(expected);
  }

  expect.soft(await page.locator('html').getAttribute('lang'), '<html lang>').toBe('fr');
  expect.soft(await page.locator('h1').count(), 'number of <h1>').toBe(1);

  const title = (await page.title()).trim();
  expect.soft(title, '<title>').not.toBe('');
  const ownTitle = titlesInBuild.get(sitePage.path);
  const sharedWith = [...titlesInBuild]
    .filter(([other, otherTitle]) => other !== sitePage.path && otherTitle === ownTitle)
    .map(([other]) => other);
  expect.soft(sharedWith, `pages with the same <title> "${title}"`).toEqual([]);

  const descriptions = await page
    .locator('meta[name="description"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')?.trim() ?? ''));
  expect.soft(descriptions.length, 'number of <meta name="description">').toBe(1);
  expect.soft(descriptions[0], '<meta name="description"> content').not.toBe('');
}

/**
 * b. A guidance page loads no JavaScript but the offline registration (the tools load theirs):
 * none in its markup, and no script requested but that registration and its static imports.
 */
async function checkNoJavaScript(page: Page, scriptRequests: readonly string[]): Promise<void> {
  const scripts = await page.evaluate(() => {
    const javascriptTypes = /^(|module|(text|application)\/(java|ecma)script|text\/jscript)$/i;
    const found: string[] = [];
    for (const script of document.querySelectorAll('script')) {
      const type = (script.getAttribute('type') ?? '').trim();
      if (script.hasAttribute('src')) {
        found.push(`<script src="${script.getAttribute('src') ?? ''}">`);
      } else if (javascriptTypes.test(type)) {
        found.push(`inline <script${type ? ` type="${type}"` : ''}>: ${script.text.slice(0, 80)}`);
      }
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (/^on/i.test(attribute)) found.push(`<${element.localName} ${attribute}="…">`);
      }
    }
    for (const link of document.querySelectorAll('a[href^="javascript:" i]')) {
      found.push(`<a href="${link.getAttribute('href') ?? ''}">`);
    }
    return found;
  });
  // The one script allowed: the service worker's registration (and the chunks it imports).
  const offline = offlineRegistrationScripts(distDir);
  expect
    .soft(scripts, 'JavaScript in the page')
    .toEqual([`<script src="${urlPath(offline.entry)}">`]);
  const unexpected = scriptRequests.filter(
    (url) => !offline.files.some((file) => url === urlOf(file)),
  );
  expect.soft(unexpected, 'script requests during load').toEqual([]);
}

/** h. French typography in what the page shows (a tool page: once its tool is ready). */
async function checkTypography(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  const faults = [
    ...[...text.matchAll(/\S{0,20} [:;!?»]/g)].map(
      (m) => `ordinary space before punctuation: "${m[0]}"`,
    ),
    ...[...text.matchAll(/« \S{0,20}/g)].map((m) => `ordinary space after «: "${m[0]}"`),
    ...[...text.matchAll(/\p{L}'\p{L}/gu)].map((m) => `straight apostrophe: "${m[0]}"`),
    // « .json » is a word; a full stop is not followed by a letter.
    ...[...text.matchAll(/\S{0,20} (?:[,)]|\.(?!\p{L}))/gu)].map(
      (m) => `space before , . or ): "${m[0]}"`,
    ),
  ];
  // A glossary abbreviation sits in <a><abbr>: markup whitespace must not show beside it.
  const abbreviations = await page
    .locator('abbr')
    .evaluateAll((nodes) => [...new Set(nodes.map((node) => node.textContent ?? ''))]);
  for (const term of abbreviations) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`[(’'] ${escaped}(?!\\p{L})`, 'gu'))) {
      faults.push(`space before the abbreviation: "${m[0]}"`);
    }
  }
  expect.soft(faults).toEqual([]);
}

/** c. Accessibility: no axe-core violation (WCAG 2.1 A and AA). */
async function checkAccessibility(page: Page, sitePage: SitePage): Promise<void> {
  // axe-core is injected into this visit's document only: the next page is a fresh one.
  const violations = await findViolations(page);
  expect
    .soft(
      violations.length,
      `axe-core violations on ${sitePage.path}:\n${formatViolations(violations)}\n`,
    )
    .toBe(0);
}

/**
 * f. At phone width (360×740), no horizontal scroll. The page loaded at desktop width is resized
 * rather than loaded again: the browser applies the media queries and lays the page out anew
 * for the new viewport, as for a page opened at that width; no script of the site reads the
 * viewport's size (no `resize` listener, no width `matchMedia`), so none would have drawn a
 * different page at 360 px.
 */
async function checkPhoneWidth(page: Page): Promise<void> {
  await page.setViewportSize(phone);
  const layout = await page.evaluate(async () => {
    await document.fonts.ready;
    const width = window.innerWidth;
    const overflowing: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5) {
        const id = element.id ? `#${element.id}` : '';
        const classes = [...element.classList].map((name) => `.${name}`).join('');
        overflowing.push(
          `${element.localName}${id}${classes} (right edge ${Math.round(box.right)}px)`,
        );
      }
    }
    // A table in a scroll box does not widen the page, yet its hidden columns go unread.
    const cutCells = [...document.querySelectorAll('table caption, table th, table td')]
      .filter((cell) => {
        const box = cell.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5 && cell.closest('thead') === null;
      })
      .map((cell) => `${cell.localName} "${(cell.textContent ?? '').trim().slice(0, 30)}"`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      overflowing: overflowing.slice(0, 8),
      cutCells: cutCells.slice(0, 8),
    };
  });
  expect.soft(layout.innerWidth, 'window.innerWidth at phone width').toBe(phone.width);
  expect
    .soft(
      layout.scrollWidth,
      `page wider than the screen; elements past the right edge:\n  ${layout.overflowing.join('\n  ')}\n`,
    )
    .toBeLessThanOrEqual(layout.innerWidth);
  expect.soft(layout.cutCells, 'table cells past the right edge of the screen').toEqual([]);
}

describe('g. keyboard: skip link', () => {
  test(`${distBase}: the first Tab focuses "Aller au contenu…" and its target exists`, async () => {
    await site.withPage(async (page) => {
      await page.goto(urlOf(''));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        const href = element?.getAttribute('href') ?? '';
        const box = element?.getBoundingClientRect();
        const targetId = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : '';
        return {
          tag: element?.localName ?? '',
          text: element instanceof HTMLElement ? element.innerText.trim() : '',
          href,
          targetExists: targetId !== '' && document.getElementById(targetId) !== null,
          visible: box !== undefined && box.width > 1 && box.height > 1 && box.bottom > 0,
        };
      });
      expect(focused.tag, 'focused element after the first Tab').toBe('a');
      expect(focused.text, 'text of the focused link').toMatch(/^Aller au contenu/);
      expect(focused.href, 'href of the skip link').toMatch(/^#./);
      expect(focused.targetExists, `an element with id "${focused.href.slice(1)}"`).toBe(true);
      expect(focused.visible, 'the skip link is visible once focused').toBe(true);
    });
  });
});

describe('i. the IMP rates page', () => {
  test('lists each official text once among its sources', async () => {
    await site.withPage(async (page) => {
      await page.goto(urlOf('taux-imp/'));
      const sources = await page.locator('ul.sources li').allInnerTexts();
      expect(sources.length, 'number of sources').toBeGreaterThan(0);
      // A text is named by its number (« n° 2015-475 ») or, for the arrêté, by its date.
      const cited = sources.map(
        (label) => /n°\s*[\d-]+|^Arrêté du \d+ \p{L}+ \d{4}/u.exec(label)?.[0] ?? label,
      );
      const twice = cited.filter((text, index) => cited.indexOf(text) !== index);
      expect(twice, `texts cited twice among:\n  ${sources.join('\n  ')}\n`).toEqual([]);
    });
  });
});
