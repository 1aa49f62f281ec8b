/**
 * The site's Content-Security-Policy, in two parts that browsers enforce together (a resource
 * must pass both):
 * - the page policy, in a `<meta http-equiv>` of every built page, with the hashes of that
 *   page's inline scripts and styles (they differ from page to page, so no single header could
 *   list them all for every host);
 * - the header policy, sent by the host (`_headers`, nginx, Apache): the directives a `<meta>`
 *   cannot carry (`frame-ancestors`) and the ones that never change. It has no `default-src`,
 *   `script-src` or `style-src`: those would block the hashed inline scripts the meta allows.
 */

/** A directive name and its sources, in the order they are written. */
export type Directives = readonly (readonly [name: string, sources: readonly string[]])[];

/** Hashes (`sha256-…`, without quotes) of one page's inline scripts and styles. */
export interface InlineHashes {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/** Directives shared by both parts: everything comes from the site itself, nothing else. */
const shared: Directives = [
  // The school's logo is kept as a data: URL and shown from a blob: URL.
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['connect-src', ["'self'"]],
  // The service worker.
  ['worker-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['object-src', ["'none'"]],
  // Astro emits no <base>: nothing may set one.
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
];

/**
 * The page policy for the `<meta>` tag. `'wasm-unsafe-eval'` lets the search (Pagefind) compile
 * its WebAssembly; it allows no JavaScript eval. Style attributes need no `'unsafe-inline'`:
 * the HTML carries none, and Svelte sets styles through the CSSOM (`style.cssText`,
 * `setProperty`), which a policy does not restrict.
 */
export function pagePolicy(hashes: InlineHashes): string {
  return serialize([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...quoted(hashes.scripts)]],
    ['style-src', ["'self'", ...quoted(hashes.styles)]],
    ...shared,
  ]);
}

/** The header policy: the page policy's fixed part plus `frame-ancestors`, which only a header can carry. */
export function headerPolicy(): string {
  return serialize([...shared, ['frame-ancestors', ["'none'"]]]);
}

/** The other headers every response gets. */
export const securityHeaders: readonly (readonly [name: string, value: string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/** `a b; c d` — the CSP serialization. */
export function serialize(directives: Directives): string {
  return directives.map(([name, sources]) => [name, ...unique(sources)].join(' ')).join('; ');
}

function quoted(hashes: readonly string[]): string[] {
  return [...new Set(hashes)].sort().map((hash) => `'${hash}'`);
}

function unique(sources: readonly string[]): string[] {
  return [...new Set(sources)];
}
