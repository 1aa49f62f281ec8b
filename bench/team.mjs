// @ts-check
/**
 * « Mon équipe » with 500 people (the most it keeps), imported from a CSV through the page as a
 * head would: load (navigation → the 500 rows shown) and filtering (a name typed key by key in
 * the search), with the longest main-thread task of each (goal: no frame over 50 ms, so no long
 * task at all). Figures only, no assertion.
 */

const PEOPLE = 500;
const SAMPLES = 3;
const SEARCH = 'lemaire-t';

/** Keeps every long task (≥ 50 ms) of the page in `window.longTasks`. Runs in the page. */
function watchLongTasks() {
  const w = /** @type {{ longTasks?: { start: number, duration: number }[] }} */ (
    /** @type {unknown} */ (window)
  );
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.longTasks?.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The CSV a school's spreadsheet gives: a header, then one person per line. */
function teamCsv() {
  const lines = ['Civilité;Nom;Prénom;Fonction;Courriel'];
  for (let i = 0; i < PEOPLE; i += 1) {
    const nom = `Lemaire-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
    lines.push(`${i % 2 ? 'M.' : 'Mme'};${nom};Camille;professeur de lettres;c${i}@ac-lyon.fr`);
  }
  return lines.join('\r\n');
}

/** @param {import('playwright-core').Page} page */
const longTasks = (page) =>
  page.evaluate(
    () =>
      /** @type {{ longTasks?: { start: number, duration: number }[] }} */ (
        /** @type {unknown} */ (window)
      ).longTasks ?? [],
  );

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;
const longest = (/** @type {{ duration: number }[]} */ tasks) =>
  tasks.reduce((most, task) => Math.max(most, task.duration), 0);

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin  the site's address, base included, ending with a slash
 * @returns {Promise<string[][]>}
 */
export async function teamPageMeasure(browser, origin) {
  const context = await browser.newContext();
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  const url = `${origin}mon-equipe/`;
  try {
    await page.goto(url);
    await page.getByLabel('Ou importer un fichier CSV ou texte').setInputFiles({
      name: 'equipe.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(teamCsv(), 'utf8'),
    });
    await page.getByRole('button', { name: `Ajouter ${PEOPLE} personnes à l’équipe` }).click();
    await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 60_000 });

    /** @type {{ shown: number, loadTask: number, filterTask: number, perKey: number }[]} */
    const samples = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      await page.goto(url);
      await page.waitForFunction(
        (n) => document.querySelectorAll('.team-table tbody tr').length >= n,
        PEOPLE,
        { timeout: 60_000, polling: 10 },
      );
      const shown = await page.evaluate(() => performance.now());
      const loadTask = longest(await longTasks(page));
      const search = page.getByLabel('Rechercher un nom, une fonction');
      const before = await page.evaluate(() => performance.now());
      for (const key of SEARCH) await search.press(key);
      await page.waitForFunction(
        () => document.querySelectorAll('.team-table tbody tr').length < 30,
      );
      const after = await page.evaluate(() => performance.now());
      const filterTask = longest((await longTasks(page)).filter((task) => task.start >= before));
      samples.push({ shown, loadTask, filterTask, perKey: (after - before) / SEARCH.length });
    }
    const label = `« Mon équipe », ${PEOPLE} people`;
    return [
      [`${label}: navigation → every row shown`, ms(median(samples.map((s) => s.shown))), ''],
      [
        `${label}: longest main-thread task while loading`,
        ms(median(samples.map((s) => s.loadTask))),
        '≤ 50 ms',
      ],
      [
        `${label}: longest task while typing « ${SEARCH} » in the search (per key)`,
        `${ms(median(samples.map((s) => s.filterTask)))} (${ms(median(samples.map((s) => s.perKey)))})`,
        '≤ 50 ms',
      ],
    ];
  } finally {
    await context.close();
  }
}
