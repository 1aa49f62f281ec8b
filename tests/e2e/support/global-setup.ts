import { assertBuilt, distDir } from './paths';

/** Fails the run at once, with one clear message, when the build to test is missing. */
export default function setup(): void {
  assertBuilt(distDir);
}
