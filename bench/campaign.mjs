// @ts-check
/**
 * « Campagne » with 1 000 and 5 000 letters spread over ten school years (the prepared year and
 * the nine before it): one letter is written in the editor, then copied straight into IndexedDB
 * with its summary (as the site writes them). Timed loads: navigation → island hydrated → first
 * rows of the year and their count (from the summaries), → IMP amounts and allocation (the
 * letters read whole). Figures only, no assertion.
 */

const SIZES = [1000, 5000];
const SAMPLES = 5;
const YEARS = 10;

/**
 * Replaces every letter and summary by `n` copies of the first letter, a tenth per school year,
 * each with its summary so the page's first rows need no repair. Runs in the page.
 * @param {{ n: number, years: number, first: number }} args
 */
function seedCampaign({ n, years, first }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('lettres-de-mission');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction('donnees', 'readwrite');
      const store = transaction.objectStore('donnees');
      const letters = store.getAll(IDBKeyRange.bound('letter:', 'letter;', false, true));
      const summaries = store.getAll(IDBKeyRange.bound('letter-summary:', 'letter-summary;'));
      summaries.onsuccess = () => {
        const [letter] = letters.result;
        const [summary] = summaries.result;
        store.delete(IDBKeyRange.bound('letter', 'letter\uffff'));
        for (let i = 0; i < n; i += 1) {
          const id = `bench${String(i).padStart(5, '0')}`;
          const start = first - (i % years);
          const year = `${start}-${start + 1}`;
          const values = { ...letter.values, nom: `Nom ${i}`, anneeScolaire: year };
          store.put({ ...letter, id, values }, `letter:${id}`);
          const person = `${letter.values.prenom ?? ''} Nom ${i}`.trim();
          store.put({ ...summary, id, year, person }, `letter-summary:${id}`);
        }
      };
      transaction.oncomplete = () => {
        db.close();
        resolve(undefined);
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

/** Notes when the campaign's island is hydrated (Astro removes its `ssr` attribute then). */
function watchHydration() {
  const w = /** @type {{ hydratedAt?: number }} */ (/** @type {unknown} */ (window));
  const check = () => {
    const island = document.querySelector('astro-island[component-url*="Campaign"]');
    if (island && !island.hasAttribute('ssr')) w.hydratedAt = performance.now();
    else if (!island && document.readyState === 'complete') return;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Opens the campaign; returns when the island was hydrated, the first rows shown and the
 * amounts shown, in ms since navigation.
 * @param {import('playwright-core').Page} page @param {string} url @param {number} rows
 */
async function openCampaign(page, url, rows) {
  await page.goto(url);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.campaign-table tbody tr').length >= n,
    rows,
    { timeout: 120_000, polling: 10 },
  );
  const first = await page.evaluate(() => performance.now());
  await page.locator('#allocation-title').waitFor({ timeout: 120_000 });
  const amounts = await page.evaluate(() => performance.now());
  const hydrated = await page.evaluate(
    () => /** @type {{ hydratedAt?: number }} */ (/** @type {unknown} */ (window)).hydratedAt,
  );
  return { hydrated: hydrated ?? Number.NaN, first, amounts };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin  the site's address, base included, ending with a slash
 * @param {{ sizes?: number[] | undefined }} [options]
 * @returns {Promise<string[][]>}
 */
export async function campaignPageMeasure(browser, origin, { sizes = SIZES } = {}) {
  /** @type {string[][]} */
  const rows = [];
  for (const n of sizes) {
    const context = await browser.newContext();
    await context.addInitScript(watchHydration);
    const page = await context.newPage();
    await page.goto(`${origin}lettres/referent-decrochage-scolaire/rediger/`);
    await page.locator('#f-nom').fill('Dupont');
    await page.locator('.save-status[data-state="saved"]').waitFor();
    const url = `${origin}campagne/`;
    await page.goto(url);
    const heading = page.locator('h1').filter({ hasText: /Campagne \d{4}-\d{4}/u });
    const year = /(\d{4})-\d{4}/u.exec(await heading.innerText())?.[1];
    await page.evaluate(seedCampaign, { n, years: YEARS, first: Number(year) });
    const perYear = Math.ceil(n / YEARS);
    await openCampaign(page, url, perYear);
    /** @type {{ hydrated: number, first: number, amounts: number }[]} */
    const samples = [];
    for (let i = 0; i < SAMPLES; i += 1) samples.push(await openCampaign(page, url, perYear));
    await context.close();
    const label = `« Campagne », ${n} letters over ${YEARS} years (${perYear} rows)`;
    rows.push(
      [
        `${label}: hydrated → first rows and count`,
        ms(median(samples.map((s) => s.first - s.hydrated))),
        n <= 1000 ? '< 300 ms' : '< 1 000 ms',
      ],
      [
        `${label}: navigation → hydrated / first rows / IMP amounts`,
        [
          median(samples.map((s) => s.hydrated)),
          median(samples.map((s) => s.first)),
          median(samples.map((s) => s.amounts)),
        ]
          .map(ms)
          .join(' / '),
        '',
      ],
    );
  }
  return rows;
}
