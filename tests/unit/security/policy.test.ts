import { describe, expect, test } from 'vitest';
import { headerPolicy, pagePolicy } from '../../../src/lib/security/policy';

/** The policy as a map of directive name → sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the page policy (meta)', () => {
  const policy = parse(
    pagePolicy({ scripts: ['sha256-b', 'sha256-a', 'sha256-a'], styles: ['sha256-s'] }),
  );

  test('allows the site itself, the hashed inline scripts and WebAssembly, never inline code or eval', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'sha256-a'",
      "'sha256-b'",
    ]);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-s'"]);
    for (const sources of policy.values()) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
  });

  test('locks plugins, <base>, forms and outside origins', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('manifest-src')).toEqual(["'self'"]);
  });

  test('leaves out frame-ancestors, which a <meta> cannot carry', () => {
    expect(policy.has('frame-ancestors')).toBe(false);
  });
});

describe('the header policy', () => {
  const policy = parse(headerPolicy());

  test('forbids framing and repeats the fixed directives', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  test('has no script or style rule that would block the hashes the page allows', () => {
    expect(policy.has('default-src')).toBe(false);
    expect(policy.has('script-src')).toBe(false);
    expect(policy.has('style-src')).toBe(false);
  });
});
