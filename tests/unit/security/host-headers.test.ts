import { describe, expect, test } from 'vitest';
import { headersFile, hostHeaderRules } from '../../../src/lib/security/host-headers';

/** The headers a path-pattern rule gives, by rule path. */
function headersOf(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules.set(line, (current = []));
    else if (line.startsWith('  ')) current.push(line.trim());
  }
  return rules;
}

describe('the _headers file', () => {
  test('sends the security headers everywhere, caches hashed assets and revalidates the rest', () => {
    const rules = headersOf(headersFile(hostHeaderRules('/', ['', 'glossaire/'])));
    const all = rules.get('/*') ?? [];
    expect(all.find((h) => h.startsWith('Content-Security-Policy:'))).toContain(
      "frame-ancestors 'none'",
    );
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toContain('Referrer-Policy: no-referrer');
    expect(all).toContain('Permissions-Policy: camera=(), microphone=(), geolocation=()');
    expect(rules.get('/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    for (const path of ['/', '/glossaire/', '/sw.js', '/manifest.webmanifest', '/pagefind/*']) {
      expect(rules.get(path), path).toEqual(['Cache-Control: no-cache']);
    }
  });

  test('never sets Cache-Control on two rules that match the same path (hosts join them)', () => {
    const rules = headersOf(headersFile(hostHeaderRules('/', [''])));
    expect((rules.get('/*') ?? []).some((h) => h.startsWith('Cache-Control'))).toBe(false);
  });

  test('puts every path under the base path', () => {
    const text = headersFile(hostHeaderRules('/lettres/', ['', 'glossaire/']));
    const paths = [...headersOf(text).keys()];
    expect(paths).toEqual([
      '/lettres/*',
      '/lettres/_astro/*',
      '/lettres/sw.js',
      '/lettres/manifest.webmanifest',
      '/lettres/pagefind/*',
      '/lettres/',
      '/lettres/glossaire/',
    ]);
  });
});
