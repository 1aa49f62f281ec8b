import path from 'node:path';
import { assertBuilt, distDir, repoRoot } from './paths';

/** Fails the run at once, with one clear message, when the build to test is missing. */
export default function setup(): void {
  const baseBuild = process.env['E2E_BASE_BUILD_DIR'];
  assertBuilt(baseBuild ? path.resolve(repoRoot, baseBuild) : distDir);
}
