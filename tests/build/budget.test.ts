/**
 * The JavaScript budget (issue 11): every page loads at most 45 KB gzip of JavaScript before
 * any interaction (entries and their static imports, counted as `bench/run.mjs` counts them).
 * A size is deterministic: the test reads the build, it measures no time.
 *
 * The tool pages hydrate a light shell (`src/components/shell/LazyView.svelte`) that loads the
 * tool with `import()`: that code is not part of this figure, and `npm run bench` prints it
 * apart (« JS gzip (at mount) »).
 */
import { describe, expect, test } from 'vitest';
import { firstLoad } from '../e2e/support/first-load';
import { discoverPages } from '../e2e/support/pages';
import { builds } from './builds';

/** Issue 11: at most 45 KB gzip before any action (the editor, the builder, « Mes lettres »…). */
const BUDGET = 45 * 1024;

describe.each(builds)('$name: first-load JavaScript of every page', ({ root, base }) => {
  const pages = discoverPages(root, base).filter((page) => !page.notFound);
  test.each(pages.map((page) => [page.name, page.relative]))('%s', (_name, relative) => {
    expect(firstLoad(root, base, `${relative}index.html`).gzipBytes).toBeLessThanOrEqual(BUDGET);
  });

  test('the measure follows what a tool page loads: the editor hydrates its shell', () => {
    const { files } = firstLoad(
      root,
      base,
      'lettres/referent-decrochage-scolaire/rediger/index.html',
    );
    expect(files.some((file) => /\/Editor\.[\w-]+\.js$/.test(file))).toBe(true);
    expect(files.some((file) => /\/LazyView\.[\w-]+\.js$/.test(file))).toBe(true);
  });
});
