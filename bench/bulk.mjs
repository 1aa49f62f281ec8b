// @ts-check
/**
 * « Lettres pour plusieurs personnes » against issue 10's goals: 100 people pasted, their 100
 * letters created, then the ZIP of 100 PDFs and the one combined PDF, each timed from the click
 * to the download, in Debian's Chromium against `astro preview` of dist/. The page's JS heap is
 * sampled through CDP (`Performance.getMetrics`) during each run for its peak, and the longest
 * main-thread task (Long Tasks API) says whether the page froze. Figures only, no assertion.
 */
import { launchChromium, ms, startPreview } from './editor.mjs';

const PORT = 4457;
const PEOPLE = 100;
const SAMPLE_MS = 50;

/** @param {import('./run.mjs').BenchContext} context */
export async function bulkMeasure({ base }) {
  const server = await startPreview(PORT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`http://127.0.0.1:${PORT}${base}mes-lettres/plusieurs/`);
    const model = page.getByLabel('Modèle de lettre');
    await page.waitForFunction(
      () => !document.querySelector('#bulk-model')?.hasAttribute('disabled'),
    );
    await model.selectOption({ label: 'Coordonnateur de discipline' });
    await page.getByLabel('Une personne par ligne').fill(peopleList());
    await page.evaluate(() => {
      const state = /** @type {{ longest: number }} */ ({ longest: 0 });
      Object.assign(window, { benchTasks: state });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          state.longest = Math.max(state.longest, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });

    const create = await timed(page, cdp, async () => {
      await page.getByRole('button', { name: `Créer les ${PEOPLE} lettres` }).click();
      await page.getByText(`${PEOPLE} lettres créées.`).waitFor({ timeout: 120_000 });
    });
    const zip = await timed(page, cdp, () => download(page, /^Télécharger un ZIP/));
    const pdf = await timed(page, cdp, () => download(page, /^Télécharger un seul PDF/));
    const mb = (/** @type {number} */ n) => `${(n / 1_000_000).toFixed(1)} MB`;
    const row = (/** @type {string} */ what, /** @type {Run} */ run, goal = '') => [
      what,
      ms(run.time),
      mb(run.peak),
      ms(run.longest),
      goal,
    ];
    return {
      title: `Letters for many people (${PEOPLE} people, Chromium)`,
      columns: ['Measure', 'Time', 'JS heap peak', 'Longest task', 'Goal'],
      rows: [
        row(`Create ${PEOPLE} letters (one IndexedDB write)`, create),
        row(`ZIP of ${PEOPLE} PDFs: click → download (${mb(zip.bytes)})`, zip, '< 10 s'),
        row(`One PDF of ${PEOPLE} letters: click → download (${mb(pdf.bytes)})`, pdf, '< 10 s'),
      ],
      notes: [
        `Heap: JSHeapUsedSize from CDP Performance.getMetrics every ${SAMPLE_MS} ms (peak seen).`,
        'Longest task: the longest main-thread task during the run (Long Tasks API, ≥ 50 ms).',
      ],
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

/** @typedef {{ time: number; peak: number; longest: number; bytes: number }} Run */

/** 100 people with a name of their own, in the documented column order. */
function peopleList() {
  return Array.from(
    { length: PEOPLE },
    (_, i) => `${i % 2 ? 'M.' : 'Mme'};Nom${i + 1};Prénom${i + 1};professeur d’EPS;${(i % 5) + 1};`,
  ).join('\n');
}

/**
 * Runs `action`, timing it and sampling the JS heap meanwhile.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 * @param {() => Promise<number | void>} action  may return the bytes it produced
 * @returns {Promise<Run>}
 */
async function timed(page, cdp, action) {
  await page.evaluate(() => {
    /** @type {{ benchTasks: { longest: number } }} */ (
      /** @type {unknown} */ (window)
    ).benchTasks.longest = 0;
  });
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
      peak = Math.max(peak, used);
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  const start = Date.now();
  const bytes = (await action()) ?? 0;
  const time = Date.now() - start;
  sampling = false;
  await sampler;
  const longest = await page.evaluate(
    () =>
      /** @type {{ benchTasks: { longest: number } }} */ (/** @type {unknown} */ (window))
        .benchTasks.longest,
  );
  return { time, peak, longest, bytes };
}

/**
 * Clicks the button and waits for its download; returns the file's size.
 * @param {import('playwright-core').Page} page
 * @param {RegExp} name
 */
async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByRole('button', { name }).click(),
  ]);
  const stream = await file.createReadStream();
  let bytes = 0;
  for await (const chunk of stream) bytes += chunk.length;
  return bytes;
}
