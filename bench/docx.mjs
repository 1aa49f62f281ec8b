// @ts-check
/**
 * DOCX export figures: what the click on « Télécharger pour Word ou LibreOffice » downloads
 * (gzip of the site's lazy chunk holding the docx library, checked absent from the editor's
 * first load) and how long making the DOCX of a letter takes in Debian's Chromium, cold and
 * warm, for a typical letter and a 10-page one. export.ts is built alone with Vite for the
 * timing. Figures only: nothing fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ms } from './editor.mjs';
import {
  buildAlone,
  fixtureDocuments,
  inChromium,
  kB,
  withServedFolder,
} from './served-chunks.mjs';

const PORT = 4457;
const WARM_SAMPLES = 20;
/** What only the docx library's code holds: the WordprocessingML namespace. */
const WORDML = 'schemas.openxmlformats.org/wordprocessingml/2006/main';

/** @typedef {import('../src/lib/document/model').LetterDocument} LetterDocument */

/** @param {import('./run.mjs').BenchContext} context @returns {Promise<import('./run.mjs').Table>} */
export async function docxMeasure({ pages, gzipSize, distDir }) {
  return withServedFolder('docx', PORT, async (outDir) => {
    await buildAlone(outDir, { export: 'src/lib/docx/export.ts' });
    const { cold, warm, long } = await timeInChromium(await fixtureDocuments());
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
  });
}

/** @param {{ typical: LetterDocument; long: LetterDocument }} docs */
async function timeInChromium(docs) {
  return inChromium(PORT, (page) =>
    page.evaluate(
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
    ),
  );
}
