// @ts-check
/**
 * « Mes lettres » with 1 000 letters: one letter is written in the editor, its backup copied
 * 1 000 times and imported through the page itself, then the page is reopened and timed.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LETTERS = 1000;
const SAMPLES = 5;
const BATCH = 250;
/** Cards « Mes lettres » shows at first (PAGE_SIZE in src/lib/editor/list-state.svelte.ts). */
const FIRST_PAGE = 50;

/**
 * Whether « Mes lettres » is shown with at least `n` letters: its count sentence (« 1 001
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

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin  the site's address, base included, ending with a slash
 * @returns {Promise<string[][]>}
 */
export async function listPageMeasure(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}lettres/referent-decrochage-scolaire/rediger/`);
  await page.locator('#f-nom').fill('Dupont');
  await page.locator('.save-status[data-state="saved"]').waitFor();
  await page.goto(`${origin}mes-lettres/`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Télécharger toutes mes lettres/ }).click(),
  ]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  const [letter] = backup.letters;
  // Import the 1 000 letters in files of 250 (each import then refreshes a growing list).
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-'));
  for (let start = 0; start < LETTERS; start += BATCH) {
    const part = {
      ...backup,
      letters: Array.from({ length: BATCH }, (_, i) => ({
        ...letter,
        id: `bench${start + i}`,
        values: { ...letter.values, nom: `Nom ${start + i}` },
      })),
    };
    const file = path.join(dir, `part-${start}.json`);
    await writeFile(file, JSON.stringify(part));
    await page.locator('#import-file').setInputFiles(file);
    await page.getByRole('button', { name: /Confirmer l’import/ }).click();
    await page.waitForFunction(
      listShown,
      { n: start + BATCH + 1, page: FIRST_PAGE },
      { timeout: 120_000 },
    );
  }

  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    await page.reload();
    await page.waitForFunction(
      listShown,
      { n: LETTERS, page: FIRST_PAGE },
      {
        timeout: 60_000,
        polling: 'raf',
      },
    );
    times.push(await page.evaluate(() => performance.now()));
  }
  const count = await page.evaluate(
    () => document.querySelector('.letters .results')?.textContent?.trim() ?? '',
  );
  await context.close();
  const sorted = times.sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return [
    [
      `« Mes lettres » open: ${count} (navigation → first ${FIRST_PAGE} cards and count shown)`,
      `${median.toFixed(0)} ms`,
      '< 300 ms',
    ],
  ];
}
