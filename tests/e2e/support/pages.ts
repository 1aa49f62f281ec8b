import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assertBuilt, normalizeBase } from './paths';

/** A URL that no build should ever produce: it must answer the site's 404 page. */
export const missingPageRelative = 'page-inexistante-e2e/';

export interface SitePage {
  /** Path relative to the base: "" for the home page, "guides/" for dist/guides/index.html. */
  readonly relative: string;
  /** URL path including the base, e.g. "/guides/" (used to name the tests). */
  readonly path: string;
  /** True for dist/404.html, reached through {@link missingPageRelative}. */
  readonly notFound: boolean;
  /** Test name: the URL path, with "(404)" for the 404 page. */
  readonly name: string;
  /** The built HTML file. */
  readonly file: string;
}

/**
 * Every page of a build: each `index.html` becomes its directory URL, and `404.html`
 * is checked through a URL that does not exist. Home page first, then alphabetical, 404 last.
 */
export function discoverPages(dir: string, base: string): SitePage[] {
  assertBuilt(dir);
  const prefix = normalizeBase(base);
  const found: string[] = [];
  const walk = (relativeDir: string): void => {
    for (const entry of readdirSync(path.join(dir, relativeDir), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${relativeDir}${entry.name}/`);
      else if (entry.name === 'index.html') found.push(relativeDir);
    }
  };
  walk('');
  found.sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
  const pages: SitePage[] = found.map((relative) => ({
    relative,
    path: prefix + encodePath(relative),
    notFound: false,
    name: prefix + relative,
    file: path.join(dir, relative, 'index.html'),
  }));
  // Always listed: a build without 404.html fails the 404 checks instead of skipping them.
  pages.push({
    relative: missingPageRelative,
    path: prefix + missingPageRelative,
    notFound: true,
    name: `${prefix}${missingPageRelative} (404)`,
    file: path.join(dir, '404.html'),
  });
  return pages;
}

/** The tool pages may load JavaScript; every guidance page must not. */
export function isEditorPage(page: SitePage): boolean {
  // The tools that need a script: the editor, the list of letters, the school's details, the
  // summary of the IMP, the campaign, the search.
  return /(^|\/)(rediger|editeur|creer|mes-lettres|mes-modeles|mon-etablissement|mon-equipe|recapitulatif-imp|campagne|recherche|lettre-recue)\//.test(
    page.relative,
  );
}

/** Text of the first `<h1>` of a built HTML file. */
export function firstHeadingOf(file: string): string {
  return firstElementText(file, 'h1');
}

/** Text of the `<title>` of a built HTML file. */
export function titleOf(file: string): string {
  return firstElementText(file, 'title');
}

/** Text of the first `<tag>` of an HTML file: tags stripped, entities decoded, spaces collapsed. */
function firstElementText(file: string, tag: string): string {
  if (!existsSync(file)) return '';
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(
    readFileSync(file, 'utf8'),
  );
  return decodeEntities((match?.[1] ?? '').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) {
      return String.fromCodePoint(parseInt(body.slice(2), 16));
    }
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return namedEntities[body.toLowerCase()] ?? entity;
  });
}

function encodePath(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}
