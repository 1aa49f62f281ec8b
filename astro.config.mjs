// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { pdfFonts } from './src/lib/pdf/fonts-plugin.mjs';
import { siteSecurity } from './src/lib/security/integration';
import { pagefindIndex } from './src/lib/search/pagefind-integration.mjs';
import AstroPWA from '@vite-pwa/astro';
import { pwaOptions } from './src/lib/offline/pwa-config.mjs';

/**
 * The site can be hosted under a sub-folder: set BASE_PATH (e.g. "/lettres/") at build time.
 * Every internal link goes through `src/lib/site/paths.ts`, which reads the same base.
 */
const base = process.env['BASE_PATH'] ?? '/';

export default defineConfig({
  output: 'static',
  // The compressor turns a no-break space next to an expression (« {x} ») into a plain space,
  // which breaks French typography: keep the HTML as written.
  compressHTML: false,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Order matters, all run at astro:build:done: the search index reads the finished pages;
  // siteSecurity() adds each page's CSP; the service worker, last, precaches what they wrote.
  integrations: [
    svelte(),
    pagefindIndex(),
    siteSecurity({ siteUrl: process.env['SITE_URL'] }),
    AstroPWA(pwaOptions(base)),
  ],
  devToolbar: { enabled: false },
  // `virtual:pdf-fonts`: the PDF's font, subset at build time, loaded only with the PDF export.
  vite: { plugins: [pdfFonts()] },
});
