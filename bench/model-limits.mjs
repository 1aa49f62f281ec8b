// @ts-check
/**
 * A model at every limit (issue 22): `tests/fixtures/models/at-every-limit.json`, 200 fields,
 * 200 sections, one of 500 blocks, a list of 1 000 items, every text at its length, 0.94 Mo.
 * Timed in Debian's Chromium against `astro preview` of dist/: its import in « Mes modèles »
 * (file chosen → « Modèle … importé »), a letter opened from it (« Écrire une lettre » → the
 * editor's first field) and the model opened in « Créer un modèle » (« Modifier » → its form
 * shown: the tools' ready marker, `src/lib/shell/tool-ready.svelte.ts`; then its preview, laid
 * out once the form shows). Goal < 2 s each; figures only, never asserted.
 */
import { fileURLToPath } from 'node:url';
import { launchChromium, startPreview } from './editor.mjs';

const PORT = 4458;
const fixture = fileURLToPath(
  new URL('../tests/fixtures/models/at-every-limit.json', import.meta.url),
);

/** @param {import('./run.mjs').BenchContext} context */
export async function modelLimitsMeasure({ base }) {
  const server = await startPreview(PORT);
  const browser = await launchChromium();
  const origin = `http://127.0.0.1:${PORT}${base}`;
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}mes-modeles/`);
    await page.getByText('Chargement de vos modèles…').waitFor({ state: 'detached' });
    const imported = await timed(async () => {
      await page.locator('#import-model').setInputFiles(fixture);
      await page.getByText(/importé\./).waitFor({ timeout: 300_000 });
    });
    const editorHref = await page
      .getByRole('link', { name: /Écrire une lettre/ })
      .first()
      .getAttribute('href');
    const builderHref = await page
      .getByRole('link', { name: /Modifier/ })
      .first()
      .getAttribute('href');
    const opened = await timed(async () => {
      await page.goto(new URL(editorHref ?? '', page.url()).href);
      await page.locator('#f-nom').waitFor({ timeout: 300_000 });
      await ready(page);
    });
    const builtStart = Date.now();
    await page.goto(new URL(builderHref ?? '', page.url()).href);
    await ready(page);
    const built = Date.now() - builtStart;
    // The builder lays out its preview once the form has shown (`ModelForm.svelte`).
    await page.locator('.letter-page').waitFor({ state: 'visible', timeout: 300_000 });
    const previewed = Date.now() - builtStart;
    return {
      title: 'Model at every limit (tests/fixtures/models/at-every-limit.json, 0.94 MB)',
      columns: ['Measure', 'Value', 'Goal'],
      rows: [
        ['Import in « Mes modèles »: file chosen → « importé »', seconds(imported), '< 2 s'],
        ['« Écrire une lettre »: page load → first field', seconds(opened), '< 2 s'],
        ['« Modifier » (builder): page load → form shown', seconds(built), '< 2 s'],
        ['« Modifier » (builder): page load → preview shown', seconds(previewed), '—'],
      ],
      notes: ['One sample each; Debian Chromium headless; 2-core machine.'],
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Waits for the tool's ready marker. @param {import('playwright-core').Page} page */
function ready(page) {
  return page.locator('html[data-tool-ready]').waitFor({ state: 'attached', timeout: 300_000 });
}

/** @param {() => Promise<void>} action */
async function timed(action) {
  const start = Date.now();
  await action();
  return Date.now() - start;
}

/** @param {number} ms */
function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
