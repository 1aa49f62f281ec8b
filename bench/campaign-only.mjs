// @ts-check
/**
 * « Campagne » alone, without the rest of the bench: `npm run build` first.
 * `node bench/campaign-only.mjs [sizes…]`
 */
import { launchChromium, startPreview } from './editor.mjs';
import { campaignPageMeasure } from './campaign.mjs';

const sizes = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/u.test(arg))
  .map(Number);
const port = 4462;
const server = await startPreview(port);
const browser = await launchChromium();
try {
  const origin = `http://127.0.0.1:${port}${process.env['BASE_PATH'] ?? '/'}`;
  for (const row of await campaignPageMeasure(browser, origin, {
    sizes: sizes.length > 0 ? sizes : undefined,
  }))
    console.log(row.join(' | '));
} finally {
  await browser.close();
  server.kill();
}
