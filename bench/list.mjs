// @ts-check
/**
 * « Mes lettres » with 1 000 and 5 000 letters: one letter is written in the editor, then copied
 * straight into IndexedDB without summaries (as an older version of the site, or an import that
 * knows none, leaves them). The first load rebuilds the summaries; the next loads are timed:
 * navigation → island hydrated → first cards and count shown. Figures only, no assertion.
 */

/** Letter counts measured (`node bench/list-only.mjs 1000` measures only those given). */
const SIZES = [1000, 5000];
const SAMPLES = 5;
/** Cards « Mes lettres » shows at first (PAGE_SIZE in src/lib/editor/list-state.svelte.ts). */
const FIRST_PAGE = 50;

/**
 * Whether « Mes lettres » is shown with at least `n` letters: its count sentence (« 1 000
 * lettres, 50 affichées. ») says so, and the first page of cards is on the page. Runs in the page.
 * @param {{ n: number, page: number }} args
 */
function listShown({ n, page }) {
  const text = document.querySelector('.letters .results')?.textContent ?? '';
  const count = /^\s*(\d[\d\s]*?)\s*lettres?\b/u.exec(text)?.[1]?.replace(/\s/gu, '');
  return (
    Number(count ?? 0) >= n && document.querySelectorAll('.letter-card').length >= Math.min(n, page)
  );
}

/** Notes when the list's island is hydrated (Astro removes its `ssr` attribute then). */
function watchHydration() {
  const w = /** @type {{ hydratedAt?: number }} */ (/** @type {unknown} */ (window));
  const check = () => {
    const island = document.querySelector('astro-island[component-url*="LetterList"]');
    if (island && !island.hasAttribute('ssr')) w.hydratedAt = performance.now();
    else if (!island && document.readyState === 'complete') return;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Replaces every letter and summary in the site's store by `n` copies of its first letter,
 * without summaries. Runs in the page.
 * @param {number} n
 */
function seedLetters(n) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('lettres-de-mission');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction('donnees', 'readwrite');
      const store = transaction.objectStore('donnees');
      const all = store.getAll(IDBKeyRange.bound('letter:', 'letter;', false, true));
      all.onsuccess = () => {
        const [letter] = all.result;
        store.delete(IDBKeyRange.bound('letter', 'letter\uffff'));
        for (let i = 0; i < n; i += 1) {
          const id = `bench${String(i).padStart(5, '0')}`;
          const values = { ...letter.values, nom: `Nom ${i}` };
          const updatedAt = new Date(Date.parse(letter.updatedAt) - i * 60_000).toISOString();
          store.put({ ...letter, id, values, updatedAt }, `letter:${id}`);
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

/**
 * Opens « Mes lettres » and waits for `n` letters; returns when the island was hydrated and the
 * first cards shown, in ms since navigation.
 * @param {import('playwright-core').Page} page @param {string} url @param {number} n
 */
async function openList(page, url, n) {
  await page.goto(url);
  await page
    .waitForFunction(listShown, { n, page: FIRST_PAGE }, { timeout: 120_000, polling: 10 })
    .catch(async (error) => {
      // Say what the page shows instead (a storage alert, a partial count).
      const shown = await page.evaluate(() => document.querySelector('.letters')?.textContent);
      throw new Error(`${error}: the page shows ${shown?.slice(0, 300)}`);
    });
  const cards = await page.evaluate(() => performance.now());
  const hydrated = await page.evaluate(
    () => /** @type {{ hydratedAt?: number }} */ (/** @type {unknown} */ (window)).hydratedAt,
  );
  return { hydrated: hydrated ?? Number.NaN, cards };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin  the site's address, base included, ending with a slash
 * @param {{ profile?: boolean, sizes?: number[] | undefined }} [options]  `profile`: also print a CPU
 *   profile of one more load per size; `sizes`: letter counts other than `SIZES`
 * @returns {Promise<string[][]>}
 */
export async function listPageMeasure(browser, origin, { profile = false, sizes = SIZES } = {}) {
  /** @type {string[][]} */
  const rows = [];
  for (const n of sizes) {
    const context = await browser.newContext();
    await context.addInitScript(watchHydration);
    const page = await context.newPage();
    await page.goto(`${origin}lettres/referent-decrochage-scolaire/rediger/`);
    await page.locator('#f-nom').fill('Dupont');
    await page.locator('.save-status[data-state="saved"]').waitFor();
    await page.evaluate(seedLetters, n);
    const url = `${origin}mes-lettres/`;
    const rebuild = await openList(page, url, n);
    const samples = [];
    for (let i = 0; i < SAMPLES; i += 1) samples.push(await openList(page, url, n));
    if (profile) {
      const { busy, top, hydrated, cards } = await profileList(page, url, n);
      console.log(
        `\n${n} letters: CPU ${ms(busy)} busy; hydrated ${ms(hydrated)}, cards ${ms(cards)}`,
      );
      for (const [name, time] of top) console.log(`  ${ms(time).padStart(8)}  ${name}`);
    }
    await context.close();
    const goal = n <= 1000 ? '< 300 ms' : '< 1 000 ms';
    const label = `« Mes lettres », ${n} letters`;
    rows.push(
      [
        `${label}: hydrated → first ${FIRST_PAGE} cards and count`,
        ms(median(samples.map((s) => s.cards - s.hydrated))),
        goal,
      ],
      [
        `${label}: navigation → hydrated / → first cards`,
        `${ms(median(samples.map((s) => s.hydrated)))} / ${ms(median(samples.map((s) => s.cards)))}`,
        '',
      ],
      [`${label} without summaries (first load): navigation → all listed`, ms(rebuild.cards), ''],
    );
  }
  return rows;
}

/**
 * The CPU profile of one load of « Mes lettres » (navigation → first cards): total sampled time
 * and the functions with the most self time, so a change is judged by CPU time, which another
 * process loading the machine barely moves, rather than by wall-clock time.
 * @param {import('playwright-core').Page} page @param {string} url @param {number} n
 */
async function profileList(page, url, n) {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const times = await openList(page, url, n);
  const { profile } = await session.send('Profiler.stop');
  await session.detach();
  /** @type {Map<number, { callFrame: { functionName: string, url: string, lineNumber: number } }>} */
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  /** @type {Map<string, number>} */
  const self = new Map();
  let busy = 0;
  (profile.samples ?? []).forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    const dt = (deltas[index + 1] ?? 0) / 1000;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    busy += dt;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + dt);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  return { ...times, busy, top };
}
