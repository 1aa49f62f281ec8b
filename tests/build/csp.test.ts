/**
 * Each page's Content-Security-Policy, read from the files of both builds: it is in the
 * `<head>`, allows no inline script or `eval`, and names the hash of every inline script and
 * style the page holds (computed here, as the browser computes it). The browser's own verdict,
 * with scripts running, is `tests/e2e/csp.e2e.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { discoverPages } from '../e2e/support/pages';
import { builds } from './builds';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The sources of one directive of a policy, e.g. `script-src`. */
const directive = (policy: string, name: string): string[] =>
  (new RegExp(`(?:^|;\\s*)${name} ([^;]*)`).exec(policy)?.[1] ?? '').trim().split(/\s+/);

describe.each(builds)('$name: every page carries its policy', (build) => {
  test.each(discoverPages(build.root, build.base).map((page) => [page.name, page.file]))(
    '%s',
    (name, file) => {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      expect(policy, name).toBeDefined();
      const scriptSrc = directive(policy ?? '', 'script-src');
      expect(scriptSrc, name).toContain("'self'");
      expect(scriptSrc.join(' '), name).not.toMatch(/'unsafe-(inline|eval)'/);
      expect(policy, name).toContain("object-src 'none'");
      expect(policy, name).toContain("base-uri 'none'");
      expect(html, name).not.toMatch(/<base\b/i);
      // The policy comes before anything it governs.
      const head = html.slice(0, html.search(/<\/head>/i));
      expect(head.indexOf('http-equiv="Content-Security-Policy"'), name).toBeLessThan(
        Math.min(...[/<script\b/i, /<style\b/i, /<link\b/i].map((tag) => posOf(head, tag))),
      );

      const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
        .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes))
        .map(([, , text = '']) => hash(text));
      const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(
        ([, text = '']) => hash(text),
      );
      const missing = [
        ...inlineScripts.filter((source) => !scriptSrc.includes(source)).map((s) => `script ${s}`),
        ...inlineStyles
          .filter((source) => !directive(policy ?? '', 'style-src').includes(source))
          .map((s) => `style ${s}`),
      ];
      expect(missing, `${name}: inline elements the policy does not allow`).toEqual([]);
    },
  );
});

function posOf(text: string, pattern: RegExp): number {
  const at = text.search(pattern);
  return at === -1 ? Number.POSITIVE_INFINITY : at;
}
