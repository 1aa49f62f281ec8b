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
  // Backups over 5 MB are refused: import the 1 000 letters in files of 250.
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
      (n) => document.querySelectorAll('.letter-card').length >= n,
      start + BATCH + 1,
      { timeout: 120_000 },
    );
  }
  const cards = page.locator('.letter-card');

  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    await page.reload();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.letter-card').length >= n,
      LETTERS,
      {
        timeout: 60_000,
        polling: 'raf',
      },
    );
    times.push(await page.evaluate(() => performance.now()));
  }
  const count = await cards.count();
  await context.close();
  const sorted = times.sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return [
    [
      `« Mes lettres » open with ${count} letters (navigation → list shown)`,
      `${median.toFixed(0)} ms`,
      '< 300 ms',
    ],
  ];
}
