import { expect, type TestContext } from 'vitest';
import type { Page } from 'playwright-core';

/** What one case tried: the figures `npm run bench` prints. */
export interface DurabilityOutcome {
  /** The case, e.g. « existing letter, reloaded ». */
  case: string;
  /** Milliseconds between the last keystroke and the reload or close. */
  delay: number;
  tried: number;
  /** Trials after which the page did not show what was typed. */
  lost: number;
}

declare module 'vitest' {
  interface TaskMeta {
    /** Read by bench/durability.mjs from the JSON report. */
    durability?: DurabilityOutcome;
  }
}

/** DURABILITY_TRIALS as a positive whole number; 2 when unset. */
function trialCount(value: string | undefined): number {
  if (value === undefined || value === '') return 2;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`DURABILITY_TRIALS must be a positive whole number, not « ${value} »`);
  }
  return count;
}

/**
 * Trials per case: 2 in `npm test` (a broken journal loses the first trial already; the second
 * one builds on what the first left), 20 in `npm run bench`.
 */
export const TRIALS = trialCount(process.env['DURABILITY_TRIALS']);

/** Whether every case is tried (`npm run bench`), not only the few `npm test` needs to fail. */
export const ALL_CASES = process.env['DURABILITY_CASES'] === 'all';

/** Milliseconds between the last keystroke and the reload or close. */
export const DELAYS = [0, 50, 200];

/**
 * The delays `npm test` tries: none at all (the journal alone must keep the keystroke) and 200 ms
 * (the page has had time to start its own work); `npm run bench` adds 50 ms.
 */
export const TESTED_DELAYS = ALL_CASES ? DELAYS : [0, 200];

/** A case's time limit: a fixed part plus `perTrialMs` for each trial. */
export const timeoutFor = (perTrialMs: number) => 30_000 + TRIALS * perTrialMs;

/**
 * Counts the trials of one case in the test's meta (set at once: a case that throws midway
 * still reports what it tried). `observe` records one trial and returns what the page shows,
 * which the next trial builds on: a loss is counted once, not again in every later trial.
 */
export function tally(task: TestContext['task'], name: string, delay: number) {
  const outcome: DurabilityOutcome = { case: name, delay, tried: 0, lost: 0 };
  task.meta.durability = outcome;
  const losses: string[] = [];
  return {
    observe(trial: number, expected: string, shown: string): string {
      outcome.tried += 1;
      if (shown !== expected) {
        outcome.lost += 1;
        losses.push(`trial ${trial}: expected « ${expected} », shown « ${shown} »`);
      }
      return shown;
    },
    expectNoneLost(): void {
      const message = `${outcome.lost} of ${outcome.tried} trials lost what was typed:\n${losses.join('\n')}`;
      expect(outcome.lost, message).toBe(0);
    },
  };
}

/** Waits `ms` after the last keystroke (0: none at all). */
export const pause = (page: Page, ms: number) =>
  ms > 0 ? page.waitForTimeout(ms) : Promise.resolve();

/**
 * What `read` returns once it is `expected`, or after 1 s (as `expect.poll` waits): a page
 * closed with its handlers may still be writing, and its last write is followed.
 */
export async function settled(
  page: Page,
  expected: string,
  read: () => Promise<string>,
): Promise<string> {
  const deadline = Date.now() + 1_000;
  for (;;) {
    const shown = await read();
    if (shown === expected || Date.now() >= deadline) return shown;
    await page.waitForTimeout(50);
  }
}
