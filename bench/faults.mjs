// @ts-check
/**
 * Fault-injection figures: runs the unit scenarios of tests/unit/faults (failing stores, two
 * tabs, corrupt records) through vitest and adds up what each reported in its test's meta.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} Faults
 * @property {string} group
 * @property {number} tried
 * @property {number} lost
 * @property {number} changedWithoutConsent
 */

/** @type {import('./run.mjs').Measure} */
export function faultsMeasure() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-faults-'));
  const report = path.join(dir, 'report.json');
  try {
    const run = spawnSync(
      'npx',
      ['vitest', 'run', 'tests/unit/faults', '--reporter=json', `--outputFile=${report}`],
      { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
    );
    /** @type {{ testResults: { assertionResults: { status: string, meta?: { faults?: Faults } }[] }[] }} */
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const results = json.testResults.flatMap((file) => file.assertionResults);
    /** @type {Map<string, Faults>} */
    const groups = new Map();
    for (const { meta } of results) {
      const faults = meta?.faults;
      if (!faults) continue;
      const sum = groups.get(faults.group) ?? {
        ...faults,
        tried: 0,
        lost: 0,
        changedWithoutConsent: 0,
      };
      sum.tried += faults.tried;
      sum.lost += faults.lost;
      sum.changedWithoutConsent += faults.changedWithoutConsent;
      groups.set(faults.group, sum);
    }
    const all = [...groups.values()];
    const totals = all.reduce(
      (sum, next) => ({
        tried: sum.tried + next.tried,
        lost: sum.lost + next.lost,
        changed: sum.changed + next.changedWithoutConsent,
      }),
      { tried: 0, lost: 0, changed: 0 },
    );
    const failed = results.filter((result) => result.status !== 'passed').length;
    return {
      title: 'Fault injection (tests/unit/faults)',
      columns: [
        'Scenario',
        'Cases tried',
        'Edits lost (goal 0)',
        'Changed without consent (goal 0)',
      ],
      rows: [
        ...all.map((row) => [
          row.group,
          String(row.tried),
          String(row.lost),
          String(row.changedWithoutConsent),
        ]),
        ['Total', String(totals.tried), String(totals.lost), String(totals.changed)],
      ],
      notes: [
        `${results.length} scenarios, ${failed} failed${run.status === 0 ? '' : ` (vitest exit ${run.status})`}.`,
        'End-to-end cases (clearing site data, quota in Chromium) are in tests/e2e/faults.e2e.ts.',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
