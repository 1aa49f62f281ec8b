import path from 'node:path';
import { distBase, distDir, repoRoot } from '../e2e/support/paths';

/** A built site, read as files. */
export interface Build {
  /** The folder, e.g. "dist". */
  readonly name: string;
  /** Its absolute path. */
  readonly root: string;
  /** The base path it was built for, e.g. "/" or "/sous-dossier/". */
  readonly base: string;
}

/** The root build's folder: dist/, or ROOT_DIST_DIR (relative to the repo) for another one. */
const rootDir = process.env['ROOT_DIST_DIR'] ?? 'dist';

/**
 * The two builds `npm test` makes: dist/ at the root (what `npm run build` gives a host) and
 * the build the end-to-end tests drive, under /sous-dossier/ (E2E_DIST_DIR names another).
 */
export const rootBuild: Build = { name: rootDir, root: path.resolve(repoRoot, rootDir), base: '/' };
export const e2eBuild: Build = {
  name: path.relative(repoRoot, distDir),
  root: distDir,
  base: distBase,
};
export const builds: readonly Build[] = [rootBuild, e2eBuild];
