import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The URLs (relative to the base) the built service worker precaches. */
export function precachedUrls(root: string): string[] {
  const worker = path.join(root, 'sw.js');
  if (!existsSync(worker))
    throw new Error(`${worker} is missing: the build made no service worker`);
  return [...readFileSync(worker, 'utf8').matchAll(/\burl:"([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

/** Every file of `_astro/`, as "_astro/<name>". */
export function builtAssets(root: string): string[] {
  return readdirSync(path.join(root, '_astro')).map((name) => `_astro/${name}`);
}

/**
 * The chunks jsPDF imports lazily for features our export never uses (html2canvas, DOMPurify,
 * canvg): every `import("./…")` of the chunk that holds jsPDF, found by its html2canvas import.
 */
export function jsPdfOptionalChunks(root: string): string[] {
  const chunks: string[] = [];
  for (const asset of builtAssets(root).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(path.join(root, asset), 'utf8');
    if (!/import\("\.\/html2canvas[^"]*"\)/.test(code)) continue;
    for (const match of code.matchAll(/import\("\.\/([^"]+\.js)"\)/g)) {
      chunks.push(`_astro/${match[1] ?? ''}`);
    }
  }
  return [...new Set(chunks)].sort();
}

/**
 * The service worker's registration script that every page loads, guidance pages included, and
 * the chunks it imports statically: the only JavaScript a guidance page may fetch.
 */
export function offlineRegistrationScripts(root: string): { entry: string; files: string[] } {
  const entry = builtAssets(root).find((name) =>
    /\/OfflineHead\.astro_astro_type_script_index_0_lang\.[^/]+\.js$/.test(name),
  );
  if (!entry) throw new Error('the build has no registration script for the service worker');
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(path.join(root, file), 'utf8');
    // Static imports only ("import … from"): the banner's chunk is fetched only on an update.
    for (const match of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[^"'();]*?from\s*)?"\.\/([^"]+\.js)"/g,
    )) {
      visit(`_astro/${match[1] ?? ''}`);
    }
  };
  visit(entry);
  return { entry, files: [...files].sort() };
}
