// @ts-check
/**
 * Benchmark of the static build: `npm run bench` (or `node bench/run.mjs --no-build` to measure
 * the existing dist/). Prints tables; never fails on figures (only if the build itself fails).
 *
 * To add figures, write a measure — `(context) => Table` — and append it to `measures` below.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { editorMeasure } from './editor.mjs';
import { pdfMeasure } from './pdf.mjs';
import { faultsMeasure } from './faults.mjs';
import { propertyMeasure } from './property.mjs';
import { textGrowthMeasure } from './text-growth.mjs';
import { builderMeasure } from './builder.mjs';
import { bulkMeasure } from './bulk.mjs';
import { bulkTypingMeasure } from './bulk-typing.mjs';
import { docxMeasure } from './docx.mjs';
import { durabilityMeasure } from './durability.mjs';
import { lighthouseMeasure } from './lighthouse.mjs';
import { modelLimitsMeasure } from './model-limits.mjs';
import { sendingMeasure } from './sending.mjs';

/**
 * @typedef {object} Table
 * @property {string} title
 * @property {string[]} columns  First column left-aligned, the others right-aligned.
 * @property {string[][]} rows
 * @property {string[]} [notes]
 */

/**
 * @typedef {object} PageAssets
 * @property {string} url         URL path of the page, base included.
 * @property {string} file        HTML file, relative to dist/.
 * @property {number} htmlBytes
 * @property {number} htmlGzip
 * @property {string[]} scripts   JS files loaded on first load (entries and their static imports).
 * @property {string[]} lazy      JS files reachable only through dynamic import().
 * @property {string[]} atMount   JS files the page loads as it starts, without any action: the
 *                                first load, plus what a tool's shell imports at mount (the tool
 *                                and the storage library, `src/components/shell/LazyView.svelte`).
 * @property {string[]} styles    CSS files of <link rel="stylesheet">.
 * @property {string[]} missing   Referenced local files absent from dist/.
 */

/**
 * @typedef {object} BenchContext
 * @property {string} distDir
 * @property {string} base
 * @property {number | undefined} buildMs  undefined with --no-build.
 * @property {PageAssets[]} pages
 * @property {(file: string) => number} gzipSize  gzip size (level 9) of a file of dist/, cached.
 */

/** @typedef {(context: BenchContext) => Table | Promise<Table>} Measure */

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const distDir = path.join(repoRoot, 'dist');
const base = normalizeBase(process.env['BASE_PATH'] ?? '/');

/** @type {Measure[]} */
const measures = [
  buildMeasure,
  pagesMeasure,
  lazyChunksMeasure,
  builderMeasure,
  editorMeasure,
  modelLimitsMeasure,
  pdfMeasure,
  bulkMeasure,
  bulkTypingMeasure,
  faultsMeasure,
  propertyMeasure,
  sendingMeasure,
  textGrowthMeasure,
  docxMeasure,
  durabilityMeasure,
  lighthouseMeasure,
];

await main();

async function main() {
  const buildMs = process.argv.includes('--no-build') ? undefined : build();
  if (!existsSync(path.join(distDir, 'index.html'))) {
    console.error('dist/index.html is missing: run npm run build first (or drop --no-build).');
    process.exit(1);
  }
  const gzipSize = cached((/** @type {string} */ file) => gzip(readFileSync(file)));
  const pages = listHtmlFiles(distDir).map((file) => analysePage(file, gzipSize));
  /** @type {BenchContext} */
  const context = { distDir, base, buildMs, pages, gzipSize };
  for (const measure of measures) {
    console.log(formatTable(await measure(context)));
  }
}

// ---------------------------------------------------------------------------------------------
// Measures

/** @type {Measure} */
function buildMeasure({ buildMs, pages }) {
  const files = listFiles(distDir);
  const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
  return {
    title: 'Build',
    columns: ['Measure', 'Value'],
    rows: [
      [
        'astro build (wall clock)',
        buildMs === undefined ? 'not run (--no-build)' : seconds(buildMs),
      ],
      ['HTML pages', String(pages.length)],
      ['files in dist/', String(files.length)],
      ['dist/ size (raw)', bytes(total)],
    ],
  };
}

/** @type {Measure} */
function pagesMeasure({ pages, gzipSize }) {
  const sum = (/** @type {string[]} */ files) =>
    files.reduce((total, file) => total + gzipSize(file), 0);
  const notes = [
    'JS first load: <script src>, <link rel="modulepreload">, astro-island component/renderer',
    'URLs, and their static import chains. JS at mount: the first load plus what a tool page',
    'fetches as it starts, with no action (its shell imports the tool and the storage library;',
    'other islands count the storage library only: what « Mes lettres » loads after its first',
    'paint is in the lazy column).',
    'JS lazy: reachable only through import() (the at-mount files among them).',
    'gzip level 9; 1 kB = 1000 B.',
  ];
  const missing = pages.flatMap((page) => page.missing.map((file) => `${page.url}: ${file}`));
  if (missing.length > 0) notes.push(`Referenced but missing from dist/: ${missing.join(', ')}`);
  return {
    title: 'Pages',
    columns: [
      'Page',
      'HTML',
      'HTML gzip',
      'JS gzip (first load)',
      'JS files',
      'JS gzip (at mount)',
      'JS gzip (lazy)',
      'CSS gzip',
    ],
    rows: pages.map((page) => [
      page.url,
      bytes(page.htmlBytes),
      bytes(page.htmlGzip),
      bytes(sum(page.scripts)),
      String(page.scripts.length),
      bytes(sum(page.atMount)),
      bytes(sum(page.lazy)),
      bytes(sum(page.styles)),
    ]),
    notes,
  };
}

/** @type {Measure} */
function lazyChunksMeasure({ pages, gzipSize }) {
  /** @type {Map<string, number>} */
  const pagesByChunk = new Map();
  for (const page of pages) {
    for (const file of page.lazy) pagesByChunk.set(file, (pagesByChunk.get(file) ?? 0) + 1);
  }
  const rows = [...pagesByChunk]
    .sort(([a], [b]) => gzipSize(b) - gzipSize(a))
    .map(([file, count]) => [
      path.relative(distDir, file),
      bytes(statSync(file).size),
      bytes(gzipSize(file)),
      String(count),
    ]);
  return {
    title: 'Lazy JavaScript (dynamic imports, not in first load)',
    columns: ['File', 'Raw', 'gzip', 'Pages that can load it'],
    rows,
    notes: rows.length === 0 ? ['No dynamic import on any page.'] : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Build and page analysis

/** Runs `astro build` and returns its duration in milliseconds. */
function build() {
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'astro.js');
  console.log('Running astro build…');
  const start = performance.now();
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: repoRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr, result.error ?? '');
    console.error('astro build failed: no figures.');
    process.exit(1);
  }
  return elapsed;
}

/**
 * @param {string} file  absolute path of an HTML file of dist/
 * @param {(file: string) => number} gzipSize
 * @returns {PageAssets}
 */
function analysePage(file, gzipSize) {
  const html = readFileSync(file, 'utf8');
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  const url = base + relative.replace(/(^|\/)index\.html$/, '$1');
  /** @type {Set<string>} */
  const entries = new Set();
  /** @type {Set<string>} */
  const styles = new Set();
  /** @type {Set<string>} */
  const dynamicEntries = new Set();
  /** @type {Set<string>} */
  const missing = new Set();

  const add = (/** @type {Set<string>} */ set, /** @type {string | undefined} */ reference) => {
    // Astro's inline hydration script builds URLs at run time: only literal paths count here.
    if (!reference || !/^(\/|\.\.?\/|https?:)/.test(reference)) return;
    const target = resolveFromPage(reference, url);
    if (target === undefined) return;
    if (existsSync(target) && statSync(target).isFile()) set.add(target);
    else missing.add(reference);
  };

  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    if (attributes.has('src')) {
      add(entries, attributes.get('src'));
    } else if (/^(|module|text\/javascript)$/i.test(attributes.get('type') ?? '')) {
      const { staticImports, dynamicImports } = findImports(match[2] ?? '');
      for (const specifier of staticImports) add(entries, specifier);
      for (const specifier of dynamicImports) add(dynamicEntries, specifier);
    }
  }
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) add(styles, attributes.get('href'));
    if (rel.includes('modulepreload')) add(entries, attributes.get('href'));
  }
  /** @type {Set<string>} */
  const islands = new Set();
  for (const match of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    add(entries, attributes.get('component-url'));
    add(islands, attributes.get('component-url'));
    add(entries, attributes.get('renderer-url'));
    add(entries, attributes.get('before-hydration-url'));
  }

  const firstLoad = staticClosure([...entries], dynamicEntries);
  // Dynamic imports met inside lazy chunks are lazy too: widen until no new one appears.
  /** @type {Set<string>} */
  let lazy = new Set();
  for (let known = -1; known !== dynamicEntries.size;) {
    known = dynamicEntries.size;
    lazy = staticClosure([...dynamicEntries], dynamicEntries);
  }
  for (const loaded of firstLoad) lazy.delete(loaded);
  const atMount = staticClosure([...firstLoad, ...importedAtMount(islands, firstLoad)], new Set());

  return {
    url,
    file: relative,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSize(file),
    scripts: [...firstLoad].sort(),
    lazy: [...lazy].sort(),
    atMount: [...atMount].sort(),
    styles: [...styles].sort(),
    missing: [...missing].sort(),
  };
}

/**
 * Files reachable from `entries` through static imports; dynamic imports met on the way are
 * added to `dynamicEntries`.
 * @param {string[]} entries
 * @param {Set<string>} dynamicEntries
 * @returns {Set<string>}
 */
function staticClosure(entries, dynamicEntries) {
  const seen = new Set(entries);
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!/\.m?js$/.test(file)) continue;
    const { staticImports, dynamicImports } = findImports(readFileSync(file, 'utf8'));
    for (const specifier of dynamicImports) {
      const target = resolveFromFile(specifier, file);
      if (target !== undefined && existsSync(target)) dynamicEntries.add(target);
    }
    for (const specifier of staticImports) {
      const target = resolveFromFile(specifier, file);
      if (target !== undefined && existsSync(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/**
 * What a page imports as it starts, with no action: the `import()` of each island that is a
 * tool's shell (its component file imports `LazyView`: it loads the tool at mount) and, when the
 * first load carries `load-localforage`, the storage library. Other islands' `import()`s wait
 * for an action or for the first paint: they are left out.
 * @param {Set<string>} islands  component files of the page's islands
 * @param {Set<string>} firstLoad
 * @returns {string[]}
 */
function importedAtMount(islands, firstLoad) {
  const isShell = (/** @type {string} */ file) =>
    islands.has(file) &&
    findImports(readFileSync(file, 'utf8')).staticImports.some((specifier) =>
      /\/LazyView\.[\w-]+\.js$/.test(specifier),
    );
  const starters = [...firstLoad].filter(
    (file) => isShell(file) || /\/load-localforage\.[\w-]+\.js$/.test(file),
  );
  return starters.flatMap((file) =>
    findImports(readFileSync(file, 'utf8')).dynamicImports.flatMap((specifier) => {
      const target = resolveFromFile(specifier, file);
      return target !== undefined && existsSync(target) ? [target] : [];
    }),
  );
}

/**
 * Module specifiers of a (minified) ES module: `import x from "./a.js"`, `import "./a.js"`,
 * `export * from "./a.js"` are static; `import("./a.js")` is dynamic. Bare specifiers are kept
 * out by the resolvers.
 * @param {string} code
 */
function findImports(code) {
  const staticImports = [
    ...code.matchAll(
      /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g,
    ),
  ].map((match) => match[1] ?? '');
  const dynamicImports = [
    ...code.matchAll(/(?<![\w$.])import\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
  ].map((match) => match[1] ?? '');
  return { staticImports, dynamicImports };
}

/**
 * Absolute file of dist/ for a URL written in a page, undefined when not local.
 * @param {string} reference
 * @param {string} pageUrl
 */
function resolveFromPage(reference, pageUrl) {
  const url = new URL(decodeEntities(reference), `http://site.invalid${pageUrl}`);
  if (url.origin !== 'http://site.invalid' || !url.pathname.startsWith(base)) return undefined;
  return path.join(distDir, decodeURIComponent(url.pathname.slice(base.length)));
}

/**
 * @param {string} specifier
 * @param {string} fromFile  absolute path of the importing file in dist/
 */
function resolveFromFile(specifier, fromFile) {
  if (specifier.startsWith('.')) return path.resolve(path.dirname(fromFile), specifier);
  if (specifier.startsWith('/')) {
    const pageUrl = `/${path.relative(distDir, fromFile).split(path.sep).join('/')}`;
    return resolveFromPage(specifier, base + pageUrl.slice(1));
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** @param {string} source */
function parseAttributes(source) {
  /** @type {Map<string, string>} */
  const attributes = new Map();
  for (const match of source.matchAll(
    /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
  )) {
    const name = (match[1] ?? '').toLowerCase();
    attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** @param {string} text */
function decodeEntities(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** HTML files of dist/, home page first. @param {string} dir */
function listHtmlFiles(dir) {
  const home = path.join(dir, 'index.html');
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .sort((a, b) => (a === home ? -1 : b === home ? 1 : a.localeCompare(b)));
}

/** @param {Buffer} buffer */
function gzip(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/**
 * @template T
 * @param {(key: string) => T} fn
 * @returns {(key: string) => T}
 */
function cached(fn) {
  /** @type {Map<string, T>} */
  const cache = new Map();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return /** @type {T} */ (cache.get(key));
  };
}

/** @param {string} value */
function normalizeBase(value) {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** @param {number} count */
function bytes(count) {
  if (count < 1000) return `${count} B`;
  if (count < 1_000_000) return `${(count / 1000).toFixed(1)} kB`;
  return `${(count / 1_000_000).toFixed(2)} MB`;
}

/** @param {number} ms */
function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A Markdown table (pastes as is into an issue), columns padded to align in a terminal.
 * @param {Table} table
 */
function formatTable({ title, columns, rows, notes = [] }) {
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    `| ${widths
      .map((width, index) => {
        const cell = cells[index] ?? '';
        return index === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, index) => (index === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`))
    .join(' | ')} |`;
  return [
    `\n## ${title}\n`,
    line(columns),
    rule,
    ...rows.map(line),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
