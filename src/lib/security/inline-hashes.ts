import { createHash } from 'node:crypto';
import type { InlineHashes } from './policy';

/*
 * Hashes of the inline scripts and styles of a built HTML page, and the `<meta>` that carries
 * the page's policy. Every inline `<script>` is hashed whatever its type (a JSON data block
 * runs nothing, and its hash costs nothing), so a script added by any integration, Astro's
 * island loader included, is allowed exactly as built and nothing else is.
 */

const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const stylePattern = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const srcAttribute = /\ssrc\s*=/i;
const cspMeta = /<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>\s*/gi;
const charsetMeta = /<meta\s+charset=[^>]*>/i;
const headOpen = /<head\b[^>]*>/i;

/** The CSP hash source (without quotes) of an inline element's text, as the browser computes it. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The hashes of the page's inline scripts (those without `src`) and `<style>` elements. */
export function inlineHashes(html: string): InlineHashes {
  const scripts: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(scriptPattern)) {
    if (!srcAttribute.test(attributes)) scripts.push(cspHash(text));
  }
  const styles = [...html.matchAll(stylePattern)].map(([, text = '']) => cspHash(text));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/**
 * The page with its policy in a `<meta>` placed before anything a policy governs (right after
 * `<meta charset>`, or at the start of `<head>`), replacing any earlier one. A page without
 * `<head>` is an error: it would go out unprotected.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
  const page = html.replace(cspMeta, '');
  const anchor = charsetMeta.exec(page) ?? headOpen.exec(page);
  if (!anchor) throw new Error('No <head> in the page: cannot add its Content-Security-Policy.');
  const at = anchor.index + anchor[0].length;
  return `${page.slice(0, at)}${meta}${page.slice(at)}`;
}

const startTags = /<[a-z][a-z0-9-]*\b[^<>]*>/gi;
const blockedAttributes: readonly (readonly [RegExp, string])[] = [
  [/\sstyle\s*=/i, 'a style attribute'],
  [/\son[a-z]+\s*=/i, 'an inline event handler (on…=)'],
  [/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i, 'a javascript: URL'],
];

/**
 * What the policy will block in this page's markup: style attributes, inline event handlers
 * and `javascript:` URLs have no hash that a policy without `'unsafe-inline'` accepts. Styles
 * belong in the stylesheets (or are set from a script through the CSSOM), handlers in scripts.
 */
export function blockedMarkup(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(startTags)) {
    for (const [pattern, what] of blockedAttributes) if (pattern.test(tag)) found.add(what);
  }
  return [...found];
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
