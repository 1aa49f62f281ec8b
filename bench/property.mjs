// @ts-check
/**
 * Property-test figures: runs tests/unit/property through vitest with `PROPERTY_RUNS=full` (each
 * property its full count, see tests/unit/property/runs.ts) and prints, per file, how many times
 * the properties ran, how long the tests took and whether they passed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} Assertion
 * @property {string} status
 * @property {number} [duration]
 * @property {{ propertyRuns?: number }} [meta]
 */

/** @type {import('./run.mjs').Measure} */
export function propertyMeasure() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-property-'));
  const report = path.join(dir, 'report.json');
  try {
    const start = performance.now();
    const run = spawnSync(
      'npx',
      ['vitest', 'run', 'tests/unit/property', '--reporter=json', `--outputFile=${report}`],
      {
        cwd: repoRoot,
        env: { ...process.env, PROPERTY_RUNS: 'full' },
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const wallMs = performance.now() - start;
    const title = 'Property tests, full runs (tests/unit/property, PROPERTY_RUNS=full)';
    const columns = ['File', 'Tests', 'Runs', 'Time', 'Result'];
    if (!existsSync(report)) {
      return {
        title,
        columns,
        rows: [],
        notes: [`vitest wrote no report (exit ${run.status}): ${run.stderr.slice(-500)}`],
      };
    }
    /** @type {{ testResults: { name: string, status: string, assertionResults: Assertion[] }[] }} */
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const files = json.testResults
      .map((file) => {
        const tests = file.assertionResults;
        const failed = tests.filter((test) => test.status !== 'passed').length;
        return {
          name: path.relative(path.join(repoRoot, 'tests/unit/property'), file.name),
          tests: tests.length,
          runs: tests.reduce((sum, test) => sum + (test.meta?.propertyRuns ?? 0), 0),
          ms: tests.reduce((sum, test) => sum + (test.duration ?? 0), 0),
          failed: file.status === 'passed' ? failed : Math.max(failed, 1),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const total = files.reduce(
      (sum, file) => ({
        tests: sum.tests + file.tests,
        runs: sum.runs + file.runs,
        ms: sum.ms + file.ms,
        failed: sum.failed + file.failed,
      }),
      { tests: 0, runs: 0, ms: 0, failed: 0 },
    );
    const result = (/** @type {{ failed: number }} */ row) =>
      row.failed === 0 ? 'passed' : `${row.failed} failed`;
    return {
      title,
      columns,
      rows: [
        ...files.map((file) => [
          file.name,
          String(file.tests),
          file.runs === 0 ? '–' : String(file.runs),
          seconds(file.ms),
          result(file),
        ]),
        ['Total', String(total.tests), String(total.runs), seconds(total.ms), result(total)],
      ],
      notes: [
        'Runs: how many times the properties ran (the letters sampled, for arbitraries.test.ts);',
        'a failure counts its shrinking runs too. – : example tests, no property.',
        'Time: the tests themselves (no vitest start, no import); files run in parallel.',
        `vitest run, wall clock: ${seconds(wallMs)}${run.status === 0 ? '' : ` (exit ${run.status})`}.`,
        'The unit stage runs a tenth of each count, at least 3 (tests/unit/property/runs.ts).',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {number} ms */
function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
