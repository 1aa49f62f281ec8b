// @ts-check
/**
 * Browser figures of the editor, in Debian's Chromium against `astro preview` of dist/:
 * keystroke to preview update on a letter of 100 items, save latency, and (when the page exists)
 * opening « Mes lettres » with 1 000 letters. Figures only: nothing here fails on a number.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { listPageMeasure } from './list.mjs';
import { campaignPageMeasure } from './campaign.mjs';
import { teamPageMeasure } from './team.mjs';
import { importMeasure } from './import.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4455;
const SAMPLES = 30;
/** Characters of the town in the « Ville (en-tête) » keystroke measure. */
const TOWN_LENGTH = 5_000;

/** @param {import('./run.mjs').BenchContext} context */
export async function editorMeasure({ base }) {
  const server = await startPreview();
  const browser = await launchChromium();
  const origin = `http://127.0.0.1:${PORT}${base}`;
  try {
    const rows = [
      ...(await keystrokeRows(browser, origin)),
      ...(await listPageMeasure(browser, origin)),
      ...(await campaignPageMeasure(browser, origin)),
      ...(await teamPageMeasure(browser, origin)),
      ...(await importMeasure(browser, origin)),
    ];
    return {
      title: 'Editor in Chromium (median of samples)',
      columns: ['Measure', 'Value', 'Goal'],
      rows,
      notes: [`${SAMPLES} samples each; Debian Chromium headless; 2-core machine.`],
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

/** @param {import('playwright-core').Browser} browser @param {string} origin */
async function keystrokeRows(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}lettres/referent-cordee-de-la-reussite/rediger/`);
  await page.locator('#f-nom').waitFor();
  // Grow the first list to 100 items with the editor's own button.
  const addButton = page.locator('.section-editor button[id$="-add"]').first();
  const count = () => page.locator('.section-editor .template-box').count();
  while ((await count()) < 100) await addButton.click();
  const items = await count();
  const keystroke = await page.evaluate(async (samples) => {
    // A box of the letter's text: its typed text is its content (no pieces in the first item).
    const area = /** @type {HTMLElement} */ (
      document.querySelector('.section-editor .template-box')
    );
    const preview = /** @type {HTMLElement} */ (document.querySelector('.letter-page'));
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < samples; i += 1) {
      const marker = `frappe-${i}`;
      const start = performance.now();
      area.textContent = `${(area.textContent ?? '').replace(/ frappe-\d+$/, '')} ${marker}`;
      // The preview's DOM changes in a microtask after the input event: observe it directly.
      await new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!preview.textContent?.includes(marker)) return;
          observer.disconnect();
          resolve(null);
        });
        observer.observe(preview, { subtree: true, characterData: true, childList: true });
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
      times.push(performance.now() - start);
    }
    return times;
  }, SAMPLES);
  const saves = await page.evaluate(async (samples) => {
    const status = /** @type {HTMLElement} */ (document.querySelector('.save-status'));
    const input = /** @type {HTMLInputElement} */ (document.querySelector('#f-nom'));
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < samples; i += 1) {
      input.value = `Nom ${i}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        /** @type {number | undefined} */
        let started;
        const observer = new MutationObserver(() => {
          const state = status.dataset['state'];
          if (state === 'saving') started = performance.now();
          if (state === 'saved' && started !== undefined) {
            times.push(performance.now() - started);
            observer.disconnect();
            resolve(null);
          }
        });
        observer.observe(status, { attributes: true });
      });
    }
    return times;
  }, 10);
  const town = await townKeystrokes(page);
  await page.close();
  return [
    [`Keystroke → preview updated (letter of ${items} items)`, ms(median(keystroke)), '< 16 ms'],
    [
      `Keystroke in « Ville (en-tête) » holding ${TOWN_LENGTH} characters without a space → ` +
        'preview updated and laid out',
      ms(median(town)),
      '< 16 ms',
    ],
    ['Save latency (write to IndexedDB, after the debounce)', ms(median(saves)), '—'],
  ];
}

/**
 * Keystrokes in « Ville (en-tête) » holding `TOWN_LENGTH` characters without a space, as a
 * letter stored before the length limits may (the field's `maxlength` stops typing at 100): the
 * value is set by script, then the time runs until the preview shows it and is laid out.
 * @param {import('playwright-core').Page} page
 */
async function townKeystrokes(page) {
  return page.evaluate(
    async ({ samples, length }) => {
      const input = /** @type {HTMLInputElement} */ (document.querySelector('#school-ville'));
      const preview = /** @type {HTMLElement} */ (document.querySelector('.letter-page'));
      const town = 'x'.repeat(length);
      /** @type {number[]} */
      const times = [];
      for (let i = 0; i < samples; i += 1) {
        const marker = `v${i}`;
        const start = performance.now();
        input.value = `${town}${marker}`;
        await new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!preview.textContent?.includes(`${town}${marker},`)) return;
            observer.disconnect();
            resolve(null);
          });
          observer.observe(preview, { subtree: true, characterData: true, childList: true });
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        void preview.offsetHeight; // the layout of the new text, in the measure
        times.push(performance.now() - start);
      }
      return times;
    },
    { samples: SAMPLES, length: TOWN_LENGTH },
  );
}

/** Starts `astro preview` of dist/ on `port` and resolves once it answers. */
/**
 * Debian's Chromium (`CHROMIUM_PATH` to name another), headless, with the flags this closed
 * network needs: every bench page runs in the same browser.
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function startPreview(port = PORT) {
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'astro.js');
  const child = spawn(
    process.execPath,
    // BENCH_DIST_DIR: measure another build than dist/ (a worktree's dist-<name>).
    [
      astro,
      'preview',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      ...(process.env['BENCH_DIST_DIR'] ? ['--outDir', process.env['BENCH_DIST_DIR']] : []),
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill();
  throw new Error('astro preview did not start');
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** @param {number} value */
export function ms(value) {
  return `${value.toFixed(1)} ms`;
}
