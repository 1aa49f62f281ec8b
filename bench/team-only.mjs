// @ts-check
/**
 * « Mon équipe » alone, without the rest of the bench: `npm run build` first.
 * `node bench/team-only.mjs`
 */
import { launchChromium, startPreview } from './editor.mjs';
import { teamPageMeasure } from './team.mjs';

const port = 4463;
const server = await startPreview(port);
const browser = await launchChromium();
try {
  const origin = `http://127.0.0.1:${port}${process.env['BASE_PATH'] ?? '/'}`;
  for (const row of await teamPageMeasure(browser, origin)) console.log(row.join(' | '));
} finally {
  await browser.close();
  server.kill();
}
