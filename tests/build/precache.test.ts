/**
 * What the service worker precaches, read from both builds: every built asset and page but
 * jsPDF's optional chunks, which it never holds. The worker in use, offline, is
 * `tests/e2e/offline.e2e.ts`.
 */
import { describe, expect, test } from 'vitest';
import { builtAssets, jsPdfOptionalChunks, precachedUrls } from '../e2e/support/offline';
import { discoverPages } from '../e2e/support/pages';
import { builds } from './builds';

/** What jsPDF's optional chunks are called once built. */
const optionalChunkName = /html2canvas|purify|canvg|\/index\.es\./i;

describe.each(builds)('$name: the precache', ({ root, base }) => {
  test('holds every built asset except jsPDF’s optional chunks, which it never holds', () => {
    const precached = new Set(precachedUrls(root));
    const optional = jsPdfOptionalChunks(root);
    // html2canvas, DOMPurify and canvg: the three jsPDF loads only for features we never use.
    expect(optional).toHaveLength(3);
    expect(optional.every((chunk) => optionalChunkName.test(`/${chunk}`))).toBe(true);
    const missing = builtAssets(root).filter((asset) => !precached.has(asset));
    expect(missing.sort(), 'built assets left out of the precache').toEqual(optional);
    for (const sitePage of discoverPages(root, base).filter((candidate) => !candidate.notFound)) {
      expect(precached, sitePage.name).toContain(`${sitePage.relative}index.html`);
    }
    expect(precached).toContain('404.html');
    expect(precached).toContain('manifest.webmanifest');
  });
});
