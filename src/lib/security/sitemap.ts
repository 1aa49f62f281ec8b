/*
 * sitemap.xml and robots.txt. A sitemap needs absolute URLs: it is written only when the
 * build knows the site's address (SITE_URL); robots.txt is always written, and names the
 * sitemap only when there is one.
 */

/**
 * The site's origin from SITE_URL ("https://exemple.fr"), or undefined when it is not set.
 * The sub-folder belongs in BASE_PATH: a path in SITE_URL is refused rather than guessed at.
 */
export function parseSiteUrl(value: string | undefined): URL | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL is not a URL: "${value}" (expected e.g. https://exemple.fr).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://: "${value}".`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(
      `SITE_URL must be the site's origin only ("${url.origin}"): put the sub-folder in BASE_PATH.`,
    );
  }
  return url;
}

/** The absolute URL of a page given relative to the base ("" for the home page). */
export function pageUrl(site: URL, base: string, page: string): string {
  return new URL(`${base}${page}`, site.origin).href;
}

/** The sitemap listing every page (the 404 page is not a page: callers leave it out). */
export function sitemapXml(site: URL, base: string, pages: readonly string[]): string {
  const urls = pages.map(
    (page) => `  <url><loc>${escapeXml(pageUrl(site, base, page))}</loc></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap's address when there is one. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (sitemapUrl !== undefined) lines.push('', `Sitemap: ${sitemapUrl}`);
  return `${lines.join('\n')}\n`;
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
