import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root (this file lives in tests/e2e/support/). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The build checked by the main end-to-end run: dist/, or E2E_DIST_DIR (relative to the repo). */
export const distDir = path.resolve(repoRoot, process.env['E2E_DIST_DIR'] ?? 'dist');

/** Base path of the main build: the same variable astro.config.mjs reads. */
export const distBase = normalizeBase(process.env['BASE_PATH'] ?? '/');

/** "/lettres" → "/lettres/", "" → "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Throws a readable error when a build directory has not been produced yet. */
export function assertBuilt(dir: string): void {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `${path.join(dir, 'index.html')} is missing: run npm run build first (end-to-end tests run against the built site).`,
    );
  }
}
