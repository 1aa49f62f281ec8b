// @ts-check
/**
 * « Mes lettres » alone, without the rest of the bench: `npm run build` first.
 */
import { launchChromium, startPreview } from './editor.mjs';
import { listPageMeasure } from './list.mjs';

/**
 * `node bench/list-only.mjs [--profile] [sizes…]` against dist/ (build first): this measure alone,
 * on its own port; with `--profile`, one CPU profile per size after the timed loads.
 */
async function main() {
  const sizes = process.argv
    .slice(2)
    .filter((arg) => /^\d+$/u.test(arg))
    .map(Number);
  const port = 4461;
  const server = await startPreview(port);
  const browser = await launchChromium();
  try {
    const origin = `http://127.0.0.1:${port}/`;
    for (const row of await listPageMeasure(browser, origin, {
      profile: process.argv.includes('--profile'),
      sizes: sizes.length > 0 ? sizes : undefined,
    }))
      console.log(row.join(' | '));
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
