// @ts-check
/**
 * DOCX export figures: what the click on « Télécharger pour Word ou LibreOffice » downloads
 * (gzip of the site's lazy chunk holding the docx library, checked absent from the editor's
 * first load) and how long making the DOCX of a letter takes in Debian's Chromium, cold and
 * warm, for a typical letter and a 10-page one. export.ts is built alone with Vite for the
 * timing. Figures only: nothing fails here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, runnerImport } from 'vite';
import { ms } from './editor.mjs';
import { serve } from './pdf.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4457;
const WARM_SAMPLES = 20;
/** Items of about 600 characters added to the fixture letter to reach 10 pages. */
const LONG_ITEMS = 56;
/** What only the docx library's code holds: the WordprocessingML namespace. */
const WORDML = 'schemas.openxmlformats.org/wordprocessingml/2006/main';

/** @typedef {import('../src/lib/document/model').LetterDocument} LetterDocument */

/** @param {import('./run.mjs').BenchContext} context @returns {Promise<import('./run.mjs').Table>} */
export async function docxMeasure({ pages, gzipSize, distDir }) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'docx-bench-'));
  const server = serve(outDir, 'docx');
  try {
    await buildExport(outDir);
    const docs = await documents();
    await new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(null)));
    const { cold, warm, long } = await timeInChromium(docs);
    const editor = pages.find((page) => /\/lettres\/[^/]+\/rediger\/$/.test(page.url));
    const holdsDocx = (/** @type {string} */ file) => readFileSync(file, 'utf8').includes(WORDML);
    const lazy = (editor?.lazy ?? []).filter(holdsDocx);
    const eager = (editor?.scripts ?? []).filter(holdsDocx);
    return {
      title: 'DOCX export (Chromium; « Télécharger pour Word ou LibreOffice »)',
      columns: ['Measure', 'Value'],
      rows: [
        ['Typical letter, cold (first click: import + DOCX written)', ms(cold.time)],
        [`Typical letter, warm (median of ${WARM_SAMPLES})`, ms(warm.time)],
        ['Long letter, 10 PDF pages, warm (median of 5)', ms(long.time)],
        ['DOCX size: typical letter / long letter', `${kB(cold.bytes)} / ${kB(long.bytes)}`],
        ...lazy.map((file) => [
          `JS downloaded on the click, gzip level 9 (${path.relative(distDir, file)})`,
          kB(gzipSize(file)),
        ]),
        [
          'docx code in the editor’s first load',
          editor ? (eager.length === 0 ? 'none' : eager.join(', ')) : 'editor page not found',
        ],
      ],
      notes: ['Served from localhost: no network time; cold = first import() in a fresh page.'],
    };
  } finally {
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Builds src/lib/docx/export.ts as the site would (browser build, minified). */
async function buildExport(/** @type {string} */ outDir) {
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: { export: path.join(repoRoot, 'src/lib/docx/export.ts') },
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
}

/** The fixture letter (typical) and the same with long items (10 pages in the PDF). */
async function documents() {
  const { module } = await runnerImport(path.join(repoRoot, 'tests/unit/pdf/support.ts'), {
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
  });
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

/** @param {{ typical: LetterDocument; long: LetterDocument }} docs */
async function timeInChromium(docs) {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    return await page.evaluate(
      async ({ typical, long, samples }) => {
        /** Median time and size of `count` exports. @param {LetterDocument} doc @param {number} count */
        const runs = async (doc, count) => {
          const times = [];
          let blob = new Blob();
          for (let i = 0; i < count; i += 1) {
            const start = performance.now();
            const { exportDocx } = await import(/* @vite-ignore */ `${location.origin}/export.js`);
            blob = await exportDocx(doc);
            times.push(performance.now() - start);
          }
          const time = times.sort((a, b) => a - b)[Math.floor(count / 2)] ?? Number.NaN;
          return { time, bytes: blob.size };
        };
        return {
          cold: await runs(typical, 1),
          warm: await runs(typical, samples),
          long: await runs(long, 5),
        };
      },
      { typical: docs.typical, long: docs.long, samples: WARM_SAMPLES },
    );
  } finally {
    await browser.close();
  }
}

/** Bytes in kB (1 kB = 1000 B, as in run.mjs). */
const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
