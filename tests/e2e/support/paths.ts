import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root (this file lives in tests/e2e/support/). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The build the end-to-end tests drive: dist-e2e/ (`npm run build:e2e`), or E2E_DIST_DIR
 * (relative to the repo).
 */
export const distDir = path.resolve(repoRoot, process.env['E2E_DIST_DIR'] ?? 'dist-e2e');

/**
 * Base path of that build: /sous-dossier/, as `npm run build:e2e` makes it, or BASE_PATH (the
 * variable astro.config.mjs reads) when E2E_DIST_DIR names another build.
 */
export const distBase = normalizeBase(process.env['BASE_PATH'] ?? '/sous-dossier/');

/** "/lettres" → "/lettres/", "" → "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Throws a readable error when a build directory has not been produced yet. */
export function assertBuilt(dir: string): void {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `${path.join(dir, 'index.html')} is missing: run npm run build:e2e first (end-to-end tests run against the built site).`,
    );
  }
}
