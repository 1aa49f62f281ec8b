import { SUMMARY_PREFIX } from '../../../src/lib/persistence/keys';

/** What one scenario found: the figures `npm run bench` adds up. */
export interface FaultOutcome {
  /** Cases tried (one per fault injected, or per interleaving of two tabs). */
  tried: number;
  /** Edits neither stored nor kept in the page with a status other than « Enregistré ». */
  lost: number;
  /** Stored records changed, removed or added without the user asking for it. */
  changedWithoutConsent: number;
}

/** One row of the table: a name and the function that runs every case of it. */
export interface FaultScenario {
  /** What is faulted, e.g. « letter save · quota ». */
  group: string;
  /** The case, e.g. « at each store call of a later write ». */
  name: string;
  run: () => Promise<FaultOutcome>;
}

/** Adds outcomes up. */
export function total(outcomes: readonly FaultOutcome[]): FaultOutcome {
  return outcomes.reduce(
    (sum, next) => ({
      tried: sum.tried + next.tried,
      lost: sum.lost + next.lost,
      changedWithoutConsent: sum.changedWithoutConsent + next.changedWithoutConsent,
    }),
    { tried: 0, lost: 0, changedWithoutConsent: 0 },
  );
}

/** Records are compared as data (no Blob in these scenarios). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * How many records differ between two snapshots of the store, except those `consented` allows
 * (given the key, the value before and after; undefined: absent). A copy kept aside
 * (`quarantine:`) is never a change: it only adds a way back. Nor is a letter's summary
 * (`letter-summary:`): derived from its letter, rebuilt from it whenever they disagree.
 */
export function unconsentedChanges(
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
  consented: (key: string, was: unknown, now: unknown) => boolean = () => false,
): number {
  let count = 0;
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (key.startsWith('quarantine:') && !before.has(key)) continue;
    if (key.startsWith(SUMMARY_PREFIX)) continue;
    const was = before.get(key);
    const now = after.get(key);
    if (same(was, now) || consented(key, was, now)) continue;
    count += 1;
  }
  return count;
}
