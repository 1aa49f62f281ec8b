// @ts-check
/**
 * Import of a large backup in « Mes lettres »: one letter is written in the editor, its backup
 * copied 1 000 and 5 000 times into one file each, and each file imported into an empty
 * browser profile through the page itself. Timed from « Confirmer l’import » to the
 * « Import terminé » line (validation, the one IndexedDB transaction, the list read again).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SIZES = [1000, 5000];

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin  the site's address, base included, ending with a slash
 * @returns {Promise<string[][]>}
 */
export async function importMeasure(browser, origin) {
  const backup = await oneLetterBackup(browser, origin);
  const [letter] = backup.letters;
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-import-'));
  /** @type {string[][]} */
  const rows = [];
  for (const size of SIZES) {
    const file = path.join(dir, `sauvegarde-${size}.json`);
    const letters = Array.from({ length: size }, (_, i) => ({
      ...letter,
      id: `import${i}`,
      values: { ...letter.values, nom: `Nom ${i}` },
    }));
    const text = JSON.stringify({ ...backup, letters }, null, 2);
    await writeFile(file, text);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}mes-lettres/`);
    await page.locator('#import-file').setInputFiles(file);
    const confirm = page.getByRole('button', { name: /Confirmer l’import/ });
    await confirm.waitFor({ timeout: 120_000 });
    const start = Date.now();
    await confirm.click();
    await page.getByText(/Import terminé/).waitFor({ timeout: 300_000 });
    const elapsed = Date.now() - start;
    await context.close();
    const mb = (text.length / 1_000_000).toFixed(1);
    rows.push([
      `Import of ${size} letters (${mb} MB file): confirm → « Import terminé »`,
      `${(elapsed / 1000).toFixed(1)} s`,
      '< 10 s',
    ]);
  }
  return rows;
}

/**
 * The backup of one letter written in the editor.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
async function oneLetterBackup(browser, origin) {
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
  await context.close();
  return backup;
}
