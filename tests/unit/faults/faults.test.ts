// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FaultOutcome } from './outcome';
import { scenarios } from './scenarios';

declare module 'vitest' {
  interface TaskMeta {
    /** Read by bench/faults.mjs from the JSON report. */
    faults?: FaultOutcome & { group: string };
  }
}

/**
 * The fault-injection table: each scenario tries its cases and counts the edits lost and the
 * records changed without consent. Both must be 0; `npm run bench` prints the figures.
 */
describe('fault injection', () => {
  for (const scenario of scenarios) {
    it(`${scenario.group}: ${scenario.name}`, async ({ task }) => {
      const outcome = await scenario.run();
      task.meta.faults = { group: scenario.group, ...outcome };
      expect(outcome.tried).toBeGreaterThan(0);
      expect({ lost: outcome.lost, changed: outcome.changedWithoutConsent }).toEqual({
        lost: 0,
        changed: 0,
      });
    });
  }
});
