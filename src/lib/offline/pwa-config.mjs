// @ts-check
/**
 * Options of @vite-pwa/astro for this site: a Workbox service worker that precaches every page
 * and every script a page may load, so that after one visit the whole site works offline.
 *
 * Decisions, and why:
 * - `registerType: 'prompt'`, no `skipWaiting`: a new version waits until the user accepts it in
 *   the banner (src/lib/offline/register.ts), never in the middle of an edit.
 * - `clientsClaim`: on the very first install the open page comes under the worker at once, so
 *   the PDF export (loaded on click) works offline even from the first page visited.
 * - `injectRegister: false`: the registration is our own small external module (no inline
 *   script, for the Content-Security-Policy), linked from src/components/offline/.
 * - Pages are precached as their `index.html` files, answered for `…/` by Workbox's
 *   `directoryIndex`; every query parameter is ignored (`?id=` of the editor) because the pages
 *   are static and read it in the browser.
 * - No navigation fallback: an unknown address still gets the host's 404 online; offline it gets
 *   the precached 404 page (a NetworkOnly route with a precache fallback).
 * - jsPDF's optional chunks (html2canvas, DOMPurify, canvg) are never used by our export: they
 *   are left out of the precache (and stay fetchable online, should jsPDF ever ask).
 */

/** Colours from src/styles/base.css: `--accent` (theme) and `--paper` (background). */
export const THEME_COLOR = '#0b5d57';
export const BACKGROUND_COLOR = '#fbfaf7';

/**
 * Every kind of file a page uses (the web manifest is added by vite-plugin-pwa itself).
 * `pagefind/` is the search index, written by an integration listed before this one.
 */
export const PRECACHE_GLOBS = Object.freeze([
  '**/*.{html,js,css,svg,png,ico,woff2,json}',
  'pagefind/**/*',
]);

/**
 * jsPDF's optional dependencies, as Vite names their chunks in `_astro/`: html2canvas
 * (`html2canvas.esm.*.js`), DOMPurify (`purify.es.*.js`) and canvg (`index.es.*.js`).
 * tests/e2e/offline.e2e.ts checks these are exactly the chunks jsPDF imports lazily.
 */
export const JSPDF_OPTIONAL_CHUNKS = Object.freeze([
  '_astro/html2canvas*.js',
  '_astro/purify.es*.js',
  '_astro/index.es*.js',
]);

/** "/lettres" or "lettres/" → "/lettres/"; "" → "/". */
export function normalizeBase(/** @type {string} */ base) {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Options for `AstroPWA()` for a site built under `base` (BASE_PATH).
 * @param {string} base
 * @returns {import('@vite-pwa/astro').PwaOptions}
 */
export function pwaOptions(base) {
  const scope = normalizeBase(base);
  return {
    registerType: 'prompt',
    injectRegister: false,
    scope,
    base: scope,
    manifest: {
      id: scope,
      name: 'Lettres de mission',
      short_name: 'Lettres',
      description:
        'Lettres de mission des établissements scolaires\u00a0: guides, rédaction et export PDF, sans serveur.',
      lang: 'fr',
      dir: 'ltr',
      start_url: scope,
      scope,
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      icons: [
        { src: `${scope}icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: `${scope}icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: `${scope}icon-maskable-512.png`,
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      globPatterns: [...PRECACHE_GLOBS],
      globIgnores: ['**/node_modules/**/*', ...JSPDF_OPTIONAL_CHUNKS],
      // Our own: the integration's default rewrites 404.html to "404/", which no host serves.
      manifestTransforms: [],
      directoryIndex: 'index.html',
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: null,
      runtimeCaching: [
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkOnly',
          options: { precacheFallback: { fallbackURL: `${scope}404.html` } },
        },
      ],
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      inlineWorkboxRuntime: true,
      sourcemap: false,
      // The largest file is a font set of about 220 KB; anything above this is a mistake.
      maximumFileSizeToCacheInBytes: 1024 * 1024,
    },
  };
}
