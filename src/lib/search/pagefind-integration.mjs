// @ts-check
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the search index of the static pages after Astro has written them, into
 * `<outDir>/pagefind/` (so the base-path build gets its own). Only what a page marks with
 * `data-pagefind-body` is indexed: the guidance content, never the navigation or the tools.
 * Registered before the offline (PWA) integration, which precaches `pagefind/**`.
 * @returns {import('astro').AstroIntegration}
 */
export function pagefindIndex() {
  return {
    name: 'lettres-pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          failOn(added.errors);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          failOn(written.errors);
          logger.info(`${added.page_count} pages indexed for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** @param {string[]} errors */
function failOn(errors) {
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('\n')}`);
}
