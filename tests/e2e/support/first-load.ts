/**
 * The JavaScript a built page loads before any interaction, as `bench/run.mjs` counts it: the
 * scripts the HTML names (`<script src>`, `<link rel="modulepreload">`, the islands' component
 * and renderer URLs, static imports of inline module scripts) and everything they import
 * statically; `import()` targets are left out (they load on demand). Sizes are gzip level 9.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  /** Files of the build, relative to its root. */
  files: string[];
  /** Sum of each file's gzip size, in bytes. */
  gzipBytes: number;
}

const STATIC_IMPORT =
  /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;

/** The first load of the page whose HTML is `htmlFile` (relative to `root`, served at `base`). */
export function firstLoad(root: string, base: string, htmlFile: string): FirstLoad {
  const html = readFileSync(path.join(root, htmlFile), 'utf8');
  const pageUrl = `http://site.invalid${base}${htmlFile.replace(/index\.html$/, '')}`;
  const local = (reference: string): string | undefined => {
    const url = new URL(reference.replace(/&amp;/g, '&'), pageUrl);
    if (url.origin !== 'http://site.invalid' || !url.pathname.startsWith(base)) return undefined;
    const file = path.join(root, decodeURIComponent(url.pathname.slice(base.length)));
    return existsSync(file) ? file : undefined;
  };
  const entries = new Set<string>();
  const add = (reference: string | undefined) => {
    const file = reference === undefined ? undefined : local(reference);
    if (file?.endsWith('.js')) entries.add(file);
  };
  for (const [, reference] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(reference);
  for (const [, reference] of html.matchAll(
    /\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g,
  ))
    add(reference);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (/\brel="modulepreload"/.test(tag)) add(/\bhref="([^"]+)"/.exec(tag)?.[1]);
  }
  for (const [, code] of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const [, specifier] of (code ?? '').matchAll(STATIC_IMPORT)) add(specifier);
  }

  const seen = new Set(entries);
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (!specifier?.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (!seen.has(target) && existsSync(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  const files = [...seen].sort();
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  );
  return { files: files.map((file) => path.relative(root, file)), gzipBytes };
}
