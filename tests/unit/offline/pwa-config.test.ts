import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getManifest } from 'workbox-build';
import {
  BACKGROUND_COLOR,
  JSPDF_OPTIONAL_CHUNKS,
  THEME_COLOR,
  normalizeBase,
  pwaOptions,
} from '../../../src/lib/offline/pwa-config.mjs';

/** Files of a real build (dist/ after `npm run build`), by the names Vite gives them. */
const builtFiles = [
  'index.html',
  '404.html',
  'lettres/referent-decrochage-scolaire/rediger/index.html',
  'favicon.svg',
  'icon-192.png',
  '_astro/index.eujXnmvG.css',
  '_astro/render.BtFRj1Eg.js',
  '_astro/_virtual_pdf-fonts.CyRcx0R6.js',
  '_astro/latin.C4xXsaCg.js',
  '_astro/preload-helper.BlTxHScW.js',
  'pagefind/pagefind.js',
  'pagefind/wasm.fr.pagefind',
  'pagefind/fragment/fr_1a2b3c.pf_fragment',
];
const optionalChunks = [
  '_astro/html2canvas.esm.B0tyYwQk.js',
  '_astro/purify.es.BhqXAQOW.js',
  '_astro/index.es.BBUqqLa-.js',
];

const lookalikes = ['_astro/purifying.X1.js', '_astro/index.D3.js', 'purify.es.js'];

describe('what the service worker precaches (Workbox’s own globbing on a fake build)', () => {
  let dir = '';
  let urls: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pwa-config-'));
    for (const file of [...builtFiles, ...optionalChunks, ...lookalikes]) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), file);
    }
    const { globPatterns = [], globIgnores = [] } = pwaOptions('/').workbox ?? {};
    const result = await getManifest({ globDirectory: dir, globPatterns, globIgnores });
    urls = result.manifestEntries?.map((entry) => entry.url) ?? [];
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('every page, script, style, icon and the search index', () => {
    expect(urls).toEqual(expect.arrayContaining(builtFiles));
  });

  test('never jsPDF’s optional html2canvas, DOMPurify and canvg chunks', () => {
    for (const chunk of optionalChunks) expect(urls).not.toContain(chunk);
    expect(JSPDF_OPTIONAL_CHUNKS).toHaveLength(optionalChunks.length);
  });

  test('files merely named like them are kept', () => {
    expect(urls).toEqual(expect.arrayContaining(lookalikes));
  });
});

describe('the base path', () => {
  test.each([
    ['/', '/'],
    ['/sous-dossier/', '/sous-dossier/'],
    ['/sous-dossier', '/sous-dossier/'],
    ['', '/'],
  ])('BASE_PATH %j: scope, start_url, icons and the offline 404 follow %s', (base, expected) => {
    const options = pwaOptions(base);
    expect(options.scope).toBe(expected);
    const manifest = options.manifest || undefined;
    expect(manifest?.scope).toBe(expected);
    expect(manifest?.start_url).toBe(expected);
    expect(manifest?.icons?.map((icon) => icon.src)).toEqual([
      `${expected}icon-192.png`,
      `${expected}icon-512.png`,
      `${expected}icon-maskable-512.png`,
    ]);
    const [navigation] = options.workbox?.runtimeCaching ?? [];
    expect(navigation?.options?.precacheFallback?.fallbackURL).toBe(`${expected}404.html`);
  });

  test('normalizeBase', () => {
    expect(normalizeBase('lettres')).toBe('/lettres/');
    expect(normalizeBase('//a/b//')).toBe('/a/b/');
  });
});

describe('installable, updates offered', () => {
  const options = pwaOptions('/');

  test('the manifest is French, standalone, in the site’s colours, with a maskable icon', () => {
    const manifest = options.manifest || undefined;
    expect(manifest).toMatchObject({
      name: 'Lettres de mission',
      lang: 'fr',
      display: 'standalone',
      theme_color: THEME_COLOR,
    });
    expect(manifest?.icons?.map((icon) => icon.purpose)).toContain('maskable');
  });

  test('its colours are the site’s accent and paper (src/styles/base.css)', async () => {
    const css = await readFile(new URL('../../../src/styles/base.css', import.meta.url), 'utf8');
    expect(/--accent:\s*(#[0-9a-f]+);/i.exec(css)?.[1]).toBe(THEME_COLOR);
    expect(/--paper:\s*(#[0-9a-f]+);/i.exec(css)?.[1]).toBe(BACKGROUND_COLOR);
  });

  test('a new version waits for the user: prompt, no skipWaiting, our own registration', () => {
    expect(options.registerType).toBe('prompt');
    expect(options.workbox?.skipWaiting).toBe(false);
    expect(options.injectRegister).toBe(false);
  });

  test('only navigations use the network-with-404-fallback route', () => {
    const [navigation] = options.workbox?.runtimeCaching ?? [];
    const matches = navigation?.urlPattern;
    expect(typeof matches).toBe('function');
    if (typeof matches !== 'function') return;
    const call = (mode: string): boolean =>
      Boolean(
        matches({
          request: { mode },
          url: new URL('https://example.org/'),
          sameOrigin: true,
        } as unknown as Parameters<typeof matches>[0]),
      );
    expect(call('navigate')).toBe(true);
    expect(call('cors')).toBe(false);
  });

  test('query parameters (?id= of the editor) never hide a precached page', () => {
    const [pattern] = options.workbox?.ignoreURLParametersMatching ?? [];
    expect(pattern?.test('id')).toBe(true);
    expect(pattern?.test('modele')).toBe(true);
  });
});
