/**
 * Internal links of the root build (dist/), read from its files: every `href`/`src` of the site
 * names a file a static host serves as it is (a folder URL ends with its slash, as the e2e
 * server's 301 demands), and every fragment names an id of its target page. The build under
 * /sous-dossier/ has the same check in Chromium, with the links the scripts add
 * (`tests/e2e/site.e2e.ts`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { discoverPages } from '../e2e/support/pages';
import { rootBuild } from './builds';

const origin = 'http://site.invalid';
const root = rootBuild;
const pages = discoverPages(root.root, root.base);

const attributes = /<(a|link|img|script)\b[^>]*?\s(href|src)\s*=\s*"([^"]*)"/gi;

/** The URLs a page's markup names, as written. */
function linksOf(html: string): { source: string; value: string }[] {
  return [...html.matchAll(attributes)].map(([, tag = '', attribute = '', value = '']) => ({
    source: `<${tag.toLowerCase()} ${attribute.toLowerCase()}="${value}">`,
    value: value.replace(/&amp;/g, '&'),
  }));
}

/** The fragment targets of a page: each `id`, and `name` of `<a name>`. */
function idsOf(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*"([^"]*)"/gi)].map(([, id = '']) =>
      id.replace(/&amp;/g, '&'),
    ),
  );
}

/** The built file a URL path of the site is served from, or a problem. */
function fileFor(pathname: string): { file: string } | { problem: string } {
  if (!pathname.startsWith(root.base)) return { problem: 'outside the base path' };
  const relative = decodeURIComponent(pathname.slice(root.base.length));
  const target = path.join(root.root, relative);
  if (pathname.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return existsSync(index) ? { file: index } : { problem: 'no such page' };
  }
  if (!existsSync(target)) return { problem: 'no such file' };
  if (statSync(target).isDirectory()) return { problem: 'a folder without its trailing slash' };
  return { file: target };
}

const idsByFile = new Map<string, Set<string>>();
const idsIn = (file: string): Set<string> => {
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = idsOf(readFileSync(file, 'utf8'));
    idsByFile.set(file, ids);
  }
  return ids;
};

describe(`${root.name}: internal links name built files and fragments exist`, () => {
  test('the check finds something to check', () => {
    const links = pages.flatMap((page) => linksOf(readFileSync(page.file, 'utf8')));
    expect(links.length).toBeGreaterThan(pages.length * 5);
  });

  test.each(pages.map((page) => [page.name, page]))('%s', (_name, page) => {
    const pageUrl = new URL(page.path, origin);
    const problems: string[] = [];
    for (const link of linksOf(readFileSync(page.file, 'utf8'))) {
      let url: URL;
      try {
        url = new URL(link.value, pageUrl);
      } catch {
        problems.push(`${link.source}: not a valid URL`);
        continue;
      }
      if (url.origin !== origin) continue;
      const samePage = url.pathname === pageUrl.pathname;
      const target = samePage ? { file: page.file } : fileFor(url.pathname);
      if ('problem' in target) {
        problems.push(`${link.source} → ${url.pathname}: ${target.problem}`);
        continue;
      }
      if (!link.value.includes('#')) continue;
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '') problems.push(`${link.source}: empty fragment`);
      else if (fragment.toLowerCase() !== 'top' && !idsIn(target.file).has(fragment)) {
        problems.push(`${link.source}: no element with id "${fragment}" on ${url.pathname}`);
      }
    }
    expect([...new Set(problems)], `broken internal links on ${page.path}`).toEqual([]);
  });
});
