/**
 * No layout shift when the tools hydrate (the editor, the builder, « Mon établissement », the
 * IMP summary, the bulk letters): the server-rendered shell has the page's final width and
 * reserves the tool's height, so replacing « Chargement… » with the form
 * moves nothing on screen. The figure is the page's own Cumulative Layout Shift (the sum of the
 * `layout-shift` entries not caused by input), read from a buffered PerformanceObserver.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';

const site = useSite({ root: distDir, base: distBase });

/** The threshold Web Vitals call « good ». */
const MAX_SHIFT = 0.1;

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const pages = [
  { name: 'the editor', path: 'lettres/referent-decrochage-scolaire/rediger/', ready: '#f-nom' },
  { name: 'the builder’s start screen', path: 'modeles/creer/', ready: '#start-blank' },
  { name: '« Mon établissement »', path: 'mon-etablissement/', ready: '#school-chefTitre' },
  { name: 'the IMP summary', path: 'recapitulatif-imp/', ready: '#summary-year' },
  { name: 'the letters for several people', path: 'mes-lettres/plusieurs/', ready: '#bulk-model' },
] as const;

/** Sum of the shifts recorded since the navigation began, input-caused ones left out. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) sum += shift.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // The buffered entries are delivered before the next frames are drawn.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
      }),
  );
}

describe.each(viewports)('at $width×$height ($name)', ({ width, height }) => {
  test.each(pages)('$name does not move when it hydrates', async ({ path, ready }) => {
    await site.withPage(
      async (page) => {
        await page.goto(site.server.url(path));
        await page.locator(ready).first().waitFor();
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        expect(await layoutShift(page)).toBeLessThan(MAX_SHIFT);
      },
      { viewport: { width, height } },
    );
  });
});
