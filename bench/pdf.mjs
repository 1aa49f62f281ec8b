// @ts-check
/**
 * PDF export figures: what the first click downloads (gzip of the lazy chunks, for a French
 * letter and for one that needs a larger font set) and how long an export takes in Debian's
 * Chromium, cold and warm, for a typical letter and a 10-page one, and what tagging the PDF
 * (structure tree, marked content) costs: the same letters timed with the tagging switch off.
 * export.ts is built alone with Vite and the fonts plugin. Figures only: nothing fails here.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pdfFonts } from '../src/lib/pdf/fonts-plugin.mjs';
import { ms } from './editor.mjs';
import {
  buildAlone,
  fixtureDocuments,
  inChromium,
  kB,
  loadModule,
  withServedFolder,
} from './served-chunks.mjs';

const PORT = 4456;
const WARM_SAMPLES = 20;
/** Exports timed with tagging on and off, alternately (typical letter; the long one: a fifth). */
const TAGGING_SAMPLES = 20;
/** Length of each word without a space pasted into the « unbroken » letter. */
const UNBROKEN = 5_000;

/** @typedef {import('rollup').OutputChunk} Chunk */
/** @typedef {import('../src/lib/document/model').LetterDocument} LetterDocument */

/** @returns {Promise<import('./run.mjs').Table>} */
export async function pdfMeasure() {
  return withServedFolder('pdf', PORT, async (outDir) => {
    const chunks = await buildExport(outDir);
    const docs = await documents();
    const { cold, warm, long, unbroken, tagging } = await timeInChromium(docs);
    const { rows: payloadRows, notes } = payload(chunks);
    return {
      title: 'PDF export (Chromium; lazy chunks built from src/lib/pdf/export.ts)',
      columns: ['Measure', 'Value'],
      rows: [
        ['Typical letter, cold (first click: imports + font parsing + render)', ms(cold.time)],
        [`Typical letter, warm (median of ${WARM_SAMPLES})`, ms(warm.time)],
        [`Long letter, ${long.pages} pages, warm (median of 5)`, ms(long.time)],
        [
          `Letter with words of ${UNBROKEN} characters without a space, ${unbroken.pages} pages: ` +
            'document (Node) + export (Chromium, warm, median of 5); goal < 1 s',
          `${ms(docs.unbrokenDocumentMs)} + ${ms(unbroken.time)}`,
        ],
        ['PDF size: typical letter / long letter', `${kB(cold.bytes)} / ${kB(long.bytes)}`],
        ...taggingRows(tagging),
        ...payloadRows,
      ],
      notes,
    };
  });
}

/** Builds export.ts as the site would (fonts plugin, browser build of jsPDF, minified). */
async function buildExport(/** @type {string} */ outDir) {
  // The tagging switch is an entry of its own so the page can turn it off for the bench.
  const input = { export: 'src/lib/pdf/export.ts', tagging: 'src/lib/pdf/tagged/switch.ts' };
  return buildAlone(outDir, input, [pdfFonts()]);
}

/**
 * The fixture letter (typical), the same with long items (10 pages), and one whose town, STS-web
 * code, IMP mission, title and a mission hold words of `UNBROKEN` characters without a space
 * (as a letter stored before the length limits may), its document built and timed here.
 */
async function documents() {
  const { typical, long } = await fixtureDocuments();
  const fixture = await loadModule('tests/unit/document/fixture.ts');
  const { toDocument } = await loadModule('src/lib/document/to-document.ts');
  /** @type {import('../src/lib/schemas/letter').Letter} */
  const letter = fixture.filledLetter();
  const word = (/** @type {string} */ letterOf) => letterOf.repeat(UNBROKEN);
  letter.school.ville = word('v');
  letter.title = word('t');
  const [line] = letter.imp?.lines ?? [];
  if (letter.imp && line) {
    letter.imp.stsCode = word('s');
    line.mission = word('m');
  }
  const section = letter.sections.find((candidate) => candidate.blocks.length > 0);
  const block = section?.blocks[0];
  if (block?.type === 'list' && block.items[0]) block.items[0].text = word('i');
  const start = performance.now();
  const unbroken = toDocument(letter, fixture.rates);
  const unbrokenDocumentMs = performance.now() - start;
  return { typical, long, unbroken, unbrokenDocumentMs };
}

/** @param {{ typical: LetterDocument; long: LetterDocument; unbroken: LetterDocument }} docs */
async function timeInChromium(docs) {
  return inChromium(PORT, (page) =>
    page.evaluate(
      async ({ typical, long, unbroken, samples, taggingSamples }) => {
        /** Median time, size and pages of `count` exports. @param {LetterDocument} doc @param {number} count */
        const runs = async (doc, count) => {
          const times = [];
          let blob = new Blob();
          for (let i = 0; i < count; i += 1) {
            const start = performance.now();
            const { exportPdf } = await import(/* @vite-ignore */ `${location.origin}/export.js`);
            const result = await exportPdf(doc);
            if (!result.ok) throw new Error(`missing: ${result.missing.join(' ')}`);
            times.push(performance.now() - start);
            blob = result.blob;
          }
          const time = times.sort((a, b) => a - b)[Math.floor(count / 2)] ?? Number.NaN;
          const pages = ((await blob.text()).match(/\/Type \/Page\b(?!s)/g) ?? []).length;
          return { time, bytes: blob.size, pages };
        };
        /**
         * Median times of `count` exports tagged and `count` untagged, alternated so both meet
         * the same state of the page (JIT, garbage collector). @param {LetterDocument} doc
         * @param {number} count
         */
        const tagged = async (doc, count) => {
          const { exportPdf } = await import(/* @vite-ignore */ `${location.origin}/export.js`);
          const { setTagging } = await import(/* @vite-ignore */ `${location.origin}/tagging.js`);
          /** @type {{ on: number[]; off: number[]; onBytes: number; offBytes: number }} */
          const times = { on: [], off: [], onBytes: 0, offBytes: 0 };
          for (let i = 0; i < count; i += 1) {
            for (const on of [false, true]) {
              setTagging(on);
              const start = performance.now();
              const result = await exportPdf(doc);
              (on ? times.on : times.off).push(performance.now() - start);
              if (result.ok) times[on ? 'onBytes' : 'offBytes'] = result.blob.size;
            }
          }
          setTagging(true);
          const median = (/** @type {number[]} */ values) =>
            values.sort((a, b) => a - b)[Math.floor(count / 2)] ?? Number.NaN;
          const { onBytes, offBytes } = times;
          return { on: median(times.on), off: median(times.off), onBytes, offBytes, count };
        };
        return {
          cold: await runs(typical, 1),
          warm: await runs(typical, samples),
          long: await runs(long, 5),
          unbroken: await runs(unbroken, 5),
          tagging: {
            typical: await tagged(typical, taggingSamples),
            long: await tagged(long, Math.ceil(taggingSamples / 5)),
          },
        };
      },
      {
        typical: docs.typical,
        long: docs.long,
        unbroken: docs.unbroken,
        samples: WARM_SAMPLES,
        taggingSamples: TAGGING_SAMPLES,
      },
    ),
  );
}

/**
 * The cost of tagging: median times tagged and untagged, their ratio against the goal, and
 * the sizes. @param {Record<'typical' | 'long', { on: number; off: number; onBytes: number;
 * offBytes: number; count: number }>} tagging
 */
function taggingRows(tagging) {
  return Object.entries(tagging).map(([name, { on, off, onBytes, offBytes, count }]) => [
    `Tagged PDF, ${name} letter: tagged / untagged, warm, median of ${count} each, alternated ` +
      '(goal ≤ 1.3×); size',
    `${ms(on)} / ${ms(off)} = ${(on / off).toFixed(2)}×; ${kB(onBytes)} / ${kB(offBytes)}`,
  ]);
}

/**
 * Chunks the first click loads for a French letter: export.js, its static imports and the
 * chunks its `import()` calls reach, transitively, of the font sets only the French one;
 * jsPDF's own optional chunks (html2canvas, DOMPurify, canvg: only node_modules code, reached by
 * `import()` from jsPDF) are never loaded. A letter that needs another font set loads that
 * set's chunk instead of the French one: its total is given too.
 * @param {Chunk[]} chunks
 */
function payload(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const ours = (/** @type {string} */ file) =>
    (byName.get(file)?.moduleIds ?? []).some((id) => /\/src\/lib\/|virtual:pdf-fonts/.test(id));
  const firstClick = (/** @type {string} */ file) => {
    const chunk = byName.get(file);
    return ours(file) && (chunk === undefined || [undefined, 'french'].includes(fontSetOf(chunk)));
  };
  /** @type {Set<string>} */
  const loaded = new Set();
  const visit = (/** @type {string} */ file) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const chunk = byName.get(file);
    for (const next of chunk?.imports ?? []) visit(next);
    for (const next of chunk?.dynamicImports ?? []) if (firstClick(next)) visit(next);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  const size = (/** @type {Chunk} */ chunk) => gzipSync(chunk.code, { level: 9 }).length;
  const files = [...loaded].flatMap((file) => byName.get(file) ?? []);
  const rows = files.map((chunk) => [
    `  ${chunk.fileName} (${role(chunk)})`,
    `${kB(size(chunk))} (raw ${kB(chunk.code.length)})`,
  ]);
  const total = files.reduce((sum, chunk) => sum + size(chunk), 0);
  const french = chunks.find((chunk) => fontSetOf(chunk) === 'french');
  const otherSets = chunks.filter((chunk) => !loaded.has(chunk.fileName) && fontSetOf(chunk));
  const setRows = otherSets.map((chunk) => [
    `JS downloaded on the first click, letter needing the « ${fontSetOf(chunk)} » fonts`,
    `${kB(total - (french ? size(french) : 0) + size(chunk))} (${chunk.fileName}: ${kB(size(chunk))})`,
  ]);
  const never = chunks
    .filter((chunk) => !loaded.has(chunk.fileName) && !fontSetOf(chunk))
    .map((chunk) => chunk.fileName);
  return {
    rows: [
      ['JS downloaded on the first click, French letter (gzip level 9)', kB(total)],
      ...rows,
      ...setRows,
    ],
    notes: [
      `Never loaded (jsPDF's optional .html()/SVG chunks): ${never.join(', ') || 'none'}.`,
      'Font sets: a letter loads the first of french, latin, greek-cyrillic, european that ' +
        'draws all its characters.',
      'Served from localhost: no network time; cold = first import() + first render in a fresh page.',
    ],
  };
}

/** The font set a chunk holds (`virtual:pdf-fonts/<name>`), if it holds one. @param {Chunk} chunk */
function fontSetOf(chunk) {
  for (const id of chunk.moduleIds) {
    const name = /virtual:pdf-fonts\/([\w-]+)$/.exec(id)?.[1];
    if (name) return name;
  }
  return undefined;
}

/** What a chunk holds: jsPDF, the fonts, our modules. @param {Chunk} chunk */
function role(chunk) {
  const parts = [];
  if (chunk.moduleIds.some((id) => id.includes('/node_modules/jspdf/'))) parts.push('jsPDF');
  const fontSet = fontSetOf(chunk);
  if (fontSet) parts.push(`fonts: ${fontSet}`);
  else if (chunk.moduleIds.some((id) => id.includes('virtual:pdf-fonts'))) parts.push('font sets');
  const own = chunk.moduleIds.filter((id) => id.includes('/src/lib/'));
  if (own.length > 0) parts.push(own.map((id) => path.basename(id)).join(', '));
  return parts.join(' + ') || (chunk.isEntry ? 'entry' : 'dependencies');
}
