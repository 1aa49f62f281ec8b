import type { TestContext } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Read by bench/property.mjs from the JSON report: how many times the property ran. */
    propertyRuns?: number;
  }
}

/**
 * `PROPERTY_RUNS=full` runs every property test its full count (`npm run bench` does, through
 * bench/property.mjs); the unit stage runs a few, each time from a new random seed.
 */
export const fullRuns = process.env['PROPERTY_RUNS'] === 'full';

/**
 * The `numRuns` of a property test: `full` with `PROPERTY_RUNS=full`, otherwise a tenth of it,
 * rounded up, at least 3 (and never more than `full`).
 */
export function runs(full: number): number {
  return fullRuns ? full : Math.min(full, Math.max(3, Math.ceil(full / 10)));
}

/**
 * In the full mode only, fast-check stops past `ms` (a failure found is still reported, shrunk
 * as far as it got, with its seed), so that a slow machine never turns into a test timeout that
 * hides the counterexample. The default mode runs so few that its length is known: no limit.
 */
export function timeLimit(ms: number): { interruptAfterTimeLimit?: number } {
  return fullRuns ? { interruptAfterTimeLimit: ms } : {};
}

/**
 * `predicate`, counting each of its runs in the test's meta (`propertyRuns`) for the bench.
 * On a failure the count includes the runs fast-check spent shrinking the counterexample.
 */
export function counted<Args extends unknown[], Result>(
  task: TestContext['task'],
  predicate: (...args: Args) => Result,
): (...args: Args) => Result {
  return (...args) => {
    task.meta.propertyRuns = (task.meta.propertyRuns ?? 0) + 1;
    return predicate(...args);
  };
}
