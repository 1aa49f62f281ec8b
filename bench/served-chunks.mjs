// @ts-check
/**
 * What the PDF and DOCX export measures share: an export module built alone with Vite into a
 * temporary folder, served to an empty page opened in Debian's Chromium, and the fixture
 * letters they time (a typical one, and the same grown to 10 PDF pages).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './editor.mjs';
import { build, runnerImport } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Items of about 600 characters added to the fixture letter to reach 10 pages. */
const LONG_ITEMS = 56;

/** @typedef {import('rollup').OutputChunk} Chunk */
/** @typedef {import('../src/lib/document/model').LetterDocument} LetterDocument */

/**
 * A static server of the built chunks, with an empty page titled `title` to run them in.
 * @param {string} dir
 * @param {string} title
 */
function serve(dir, title) {
  return createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, name);
    if (!name.endsWith('.js'))
      response.writeHead(200).end(`<!doctype html><title>${title}</title>`);
    else if (!existsSync(file)) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  });
}

/**
 * Runs `task` with a new temporary folder, whose .js files are served on `port` of localhost
 * (with an empty page titled `name`); the server is stopped and the folder removed after.
 * @template T
 * @param {string} name
 * @param {number} port
 * @param {(dir: string) => Promise<T>} task
 * @returns {Promise<T>}
 */
export async function withServedFolder(name, port, task) {
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-bench-`));
  const server = serve(dir, name);
  try {
    await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(null)));
    return await task(dir);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds the `input` entries (paths from the repository's root) as the site would: browser
 * build, minified, ES modules; returns the chunks written to `outDir`.
 * @param {string} outDir
 * @param {Record<string, string>} input
 * @param {import('vite').PluginOption[]} [plugins]
 * @returns {Promise<Chunk[]>}
 */
export async function buildAlone(outDir, input, plugins = []) {
  const output = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
    plugins,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: Object.fromEntries(
          Object.entries(input).map(([name, file]) => [name, path.join(repoRoot, file)]),
        ),
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  return (Array.isArray(output) ? output : [output])
    .flatMap((result) => ('output' in result ? result.output : []))
    .filter(/** @returns {item is Chunk} */ (item) => item.type === 'chunk');
}

/**
 * Opens the page served on `port` in Debian's Chromium and runs `task` on it; the browser is
 * closed after.
 * @template T
 * @param {number} port
 * @param {(page: import('playwright-core').Page) => Promise<T>} task
 * @returns {Promise<T>}
 */
export async function inChromium(port, task) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return await task(page);
  } finally {
    await browser.close();
  }
}

/** A module of the repository (TypeScript too), loaded in Node. @param {string} file */
export async function loadModule(file) {
  const { module } = await runnerImport(path.join(repoRoot, file), {
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
  });
  return module;
}

/** The fixture letter's document (typical), and the same with long items (10 PDF pages). */
export async function fixtureDocuments() {
  const module = await loadModule('tests/unit/pdf/support.ts');
  /** @type {() => LetterDocument} */
  const fixtureDocument = module.fixtureDocument;
  const [typical, long] = [fixtureDocument(), fixtureDocument()];
  const list = long.blocks.find((block) => block.kind === 'list');
  const sentence =
    'Contribuer au suivi des élèves, en lien avec l’équipe éducative et les familles ; ';
  for (let index = 0; list?.kind === 'list' && index < LONG_ITEMS; index += 1) {
    list.items.push(`${index + 1}. ${sentence.repeat(7)}`);
  }
  return { typical, long };
}

/** Bytes in kB (1 kB = 1000 B, as in run.mjs). */
export const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
