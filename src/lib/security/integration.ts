import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { tooManyRules, writeSiteFiles } from './site-files';

/**
 * Astro integration: once the site is built, puts the Content-Security-Policy in every page
 * and writes `_headers`, `robots.txt` and `sitemap.xml` (see `site-files.ts`).
 *
 * List it before any integration that reads the built HTML to fingerprint it (the service
 * worker's precache list): `astro:build:done` hooks run in the order of `integrations`, and the
 * pages must be final when they are hashed.
 */
export function siteSecurity(options: { siteUrl?: string | undefined } = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'lettres-site-security',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeSiteFiles(fileURLToPath(dir), base, options.siteUrl);
        logger.info(
          `CSP added to ${report.pages} pages; _headers (${report.headerRules} rules), robots.txt` +
            (report.sitemap ? ', sitemap.xml' : '; no sitemap.xml (SITE_URL is not set)'),
        );
        for (const page of report.blocked) {
          logger.warn(`The Content-Security-Policy will block ${page}.`);
        }
        if (tooManyRules(report)) {
          logger.warn(`_headers has ${report.headerRules} rules: Cloudflare Pages reads 100.`);
        }
      },
    },
  };
}
