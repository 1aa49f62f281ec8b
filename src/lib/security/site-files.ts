import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { headersFile, hostHeaderRules, MAX_HEADER_RULES } from './host-headers';
import { blockedMarkup, inlineHashes, withPolicyMeta } from './inline-hashes';
import { pagePolicy } from './policy';
import { parseSiteUrl, robotsTxt, sitemapXml, pageUrl } from './sitemap';

/** What the build step reports, for the build log. */
export interface SiteFilesReport {
  readonly pages: number;
  readonly headerRules: number;
  readonly sitemap: boolean;
  /** Pages whose markup the policy will partly block, with what (see `blockedMarkup`). */
  readonly blocked: readonly string[];
}

/**
 * Finishes a built site in `dir`: a CSP `<meta>` in every HTML file, then `_headers`,
 * `robots.txt` and, when `siteUrl` is set, `sitemap.xml`. `base` is the site's base path.
 */
export async function writeSiteFiles(
  dir: string,
  base: string,
  siteUrl: string | undefined,
): Promise<SiteFilesReport> {
  const site = parseSiteUrl(siteUrl);
  const prefix = normalizeBase(base);
  const files = await htmlFiles(dir);
  const blocked: string[] = [];
  for (const file of files) {
    const html = await readFile(path.join(dir, file), 'utf8');
    const found = blockedMarkup(html);
    if (found.length > 0) blocked.push(`${file}: ${found.join(', ')}`);
    await writeFile(path.join(dir, file), withPolicyMeta(html, pagePolicy(inlineHashes(html))));
  }
  const pages = files.flatMap((file) => pagePath(file) ?? []).sort();
  const rules = hostHeaderRules(prefix, pages);
  await writeFile(path.join(dir, '_headers'), headersFile(rules));
  await writeFile(
    path.join(dir, 'robots.txt'),
    robotsTxt(site ? pageUrl(site, prefix, 'sitemap.xml') : undefined),
  );
  if (site) await writeFile(path.join(dir, 'sitemap.xml'), sitemapXml(site, prefix, pages));
  return { pages: files.length, headerRules: rules.length, sitemap: site !== undefined, blocked };
}

/** Whether the `_headers` file stays within what every host reads. */
export function tooManyRules(report: SiteFilesReport): boolean {
  return report.headerRules > MAX_HEADER_RULES;
}

/** "/", "/lettres/": a leading and a trailing slash, as in the built links. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The URL path of a built page relative to the base ("lettres/x/index.html" → "lettres/x/"),
 * or undefined for a file that is not a page of its own (404.html, any other .html).
 */
export function pagePath(file: string): string | undefined {
  const posix = file.split(path.sep).join('/');
  if (posix === 'index.html') return '';
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : undefined;
}

/** Every .html file under `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
