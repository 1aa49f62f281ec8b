import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  blockedMarkup,
  cspHash,
  inlineHashes,
  withPolicyMeta,
} from '../../../src/lib/security/inline-hashes';

const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`;

const page = (head: string, body = '') =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8" />${head}</head><body>${body}</body></html>`;

describe('cspHash', () => {
  test('is the base64 SHA-256 of the UTF-8 text, as browsers compute it', () => {
    // The CSP specification's own example: alert('Hello, world.');
    expect(cspHash("alert('Hello, world.');")).toBe(
      'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=',
    );
    expect(cspHash('« é »')).toBe(sha256('« é »'));
  });
});

describe('inlineHashes', () => {
  test('hashes inline scripts and styles exactly as written, once each', () => {
    const script = '(()=>{ self.Astro = 1; })();';
    const style = 'astro-island{display:contents}';
    const html = page(
      `<style>${style}</style><script>${script}</script>`,
      `<script type="module">${script}</script><script>\n  x()\n</script>`,
    );
    expect(inlineHashes(html)).toEqual({
      scripts: [sha256(script), sha256('\n  x()\n')],
      styles: [sha256(style)],
    });
  });

  test('leaves out scripts loaded from a file', () => {
    const html = page('<script type="module" src="/_astro/page.js"></script>');
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
  });
});

describe('withPolicyMeta', () => {
  test('puts the policy right after <meta charset>, before any script', () => {
    const out = withPolicyMeta(page('<script>x()</script>'), "script-src 'self'");
    expect(out).toContain(
      `<meta charset="utf-8" /><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><script>`,
    );
  });

  test('falls back to the start of <head>, and replaces an earlier policy', () => {
    const html =
      '<html><head data-x="1"><meta http-equiv="Content-Security-Policy" content="old">\n<title>t</title></head></html>';
    expect(withPolicyMeta(html, 'new')).toBe(
      '<html><head data-x="1"><meta http-equiv="Content-Security-Policy" content="new"><title>t</title></head></html>',
    );
  });

  test('escapes the attribute and refuses a page without <head>', () => {
    expect(withPolicyMeta(page(''), 'a "&" b')).toContain('content="a &quot;&amp;&quot; b"');
    expect(() => withPolicyMeta('<p>rien</p>', 'x')).toThrow(/No <head>/);
  });
});

describe('blockedMarkup', () => {
  test('finds what no hash can allow: style attributes, handlers, javascript: URLs', () => {
    expect(blockedMarkup(page('', '<p class="a" data-style="x">style="not a tag"</p>'))).toEqual(
      [],
    );
    expect(blockedMarkup(page('', '<span style="width: 50%"></span>'))).toEqual([
      'a style attribute',
    ]);
    expect(blockedMarkup(page('', '<img src="a.png" onerror="x()">'))).toEqual([
      'an inline event handler (on…=)',
    ]);
    expect(blockedMarkup(page('', '<a href="javascript:void(0)">x</a>'))).toEqual([
      'a javascript: URL',
    ]);
  });
});
