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

/**
 * The two builds `npm test` makes: dist/ at the root (what `npm run build` gives a host) and
 * the build the end-to-end tests drive, under /sous-dossier/.
 */
export const rootBuild: Build = { name: 'dist', root: path.join(repoRoot, 'dist'), base: '/' };
export const e2eBuild: Build = {
  name: path.relative(repoRoot, distDir),
  root: distDir,
  base: distBase,
};
export const builds: readonly Build[] = [rootBuild, e2eBuild];
