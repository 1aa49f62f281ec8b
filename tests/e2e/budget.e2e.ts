/**
 * The JavaScript budget of the tool pages (issue 11): at most 45 KB gzip loaded before any
 * interaction (entries and their static imports, counted as `bench/run.mjs` counts them). A
 * size is deterministic: the test reads the build, it measures no time.
 *
 * Pages not yet within the budget are listed in `NOT_YET_WITHIN` with the ceiling they stay
 * under meanwhile (a ratchet: a regression still fails), and a test fails once such a page
 * meets the budget, so the list only shrinks.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstLoad } from './support/first-load';
import { distBase, distDir } from './support/paths';

/** Issue 11: the editor, the builder and « Mes lettres » load at most 45 KB gzip of JS. */
const BUDGET = 45 * 1024;

/** Where the work is not done yet: the page's current ceiling, in bytes gzip. */
const NOT_YET_WITHIN: Readonly<Record<string, number>> = {
  // Measured once offline use, search, DOCX export and the list's deferred services were merged:
  // 98 360 and 89 255 bytes.
  'lettres/referent-decrochage-scolaire/rediger/': 97 * 1024,
  'modeles/creer/': 88 * 1024,
};

const editors = readdirSync(path.join(distDir, 'lettres'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `lettres/${entry.name}/rediger/`);

/** One editor stands for all of them (the last test checks that they load the same files). */
const EDITOR = 'lettres/referent-decrochage-scolaire/rediger/';
const pages = [EDITOR, 'modeles/creer/'];

describe('first-load JavaScript of the tool pages', () => {
  test.each(pages)('%s', (page) => {
    const { gzipBytes, files } = firstLoad(distDir, distBase, `${page}index.html`);
    expect(files.length).toBeGreaterThan(0);
    const ceiling = NOT_YET_WITHIN[page];
    if (ceiling === undefined) expect(gzipBytes).toBeLessThanOrEqual(BUDGET);
    else {
      expect(gzipBytes).toBeLessThanOrEqual(ceiling);
      // Within the budget now: take the page off the list.
      expect(gzipBytes).toBeGreaterThan(BUDGET);
    }
  });

  test('every editor page loads the same first JavaScript as the one measured', () => {
    const measured = firstLoad(distDir, distBase, `${EDITOR}index.html`).files;
    for (const page of editors) {
      expect(firstLoad(distDir, distBase, `${page}index.html`).files).toEqual(measured);
    }
  });
});
