// @ts-check
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
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
          const output = path.join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: output });
          failOn(written.errors);
          // The page searches through `pagefind.js`; Pagefind's ready-made interfaces are never
          // loaded, and would only weigh on the offline cache.
          await Promise.all(
            unusedFiles.map((name) => rm(path.join(output, name), { force: true })),
          );
          logger.info(`search index written from ${added.page_count} HTML files`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Pagefind's own search interfaces, written with every index. */
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** @param {string[]} errors */
function failOn(errors) {
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('\n')}`);
}
