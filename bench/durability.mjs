// @ts-check
/**
 * Durability figures: runs tests/e2e/durability.e2e.ts and durability-tools.e2e.ts (the letter
 * editor, « Mon établissement » and « Créer un modèle » reloaded or closed right after a
 * keystroke) with 20 trials per case and every case, against the built site, and prints what
 * each case reported in its test's meta. `npm test` tries each case 3 times only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const TRIALS = 20;
/** The letter editor, then « Mon établissement » and « Créer un modèle ». */
const FILES = ['tests/e2e/durability.e2e.ts', 'tests/e2e/durability-tools.e2e.ts'];
const title =
  'Durability (a letter, the school, a model: reloaded or closed right after a keystroke)';
const columns = ['Case', 'Delay', 'Trials', 'Lost (goal 0)'];

/**
 * @typedef {object} Durability
 * @property {string} case
 * @property {number} delay
 * @property {number} tried
 * @property {number} lost
 */

/** @type {import('./run.mjs').Measure} */
export function durabilityMeasure({ distDir, base }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-durability-'));
  const report = path.join(dir, 'report.json');
  try {
    const run = spawnSync(
      'npx',
      [
        'vitest',
        'run',
        '--config',
        'vitest.e2e.config.ts',
        ...FILES,
        '--reporter=json',
        `--outputFile=${report}`,
      ],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          DURABILITY_TRIALS: String(TRIALS),
          DURABILITY_CASES: 'all',
          E2E_DIST_DIR: distDir,
          BASE_PATH: base,
        },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    if (!existsSync(report)) {
      // vitest stopped before any test (e.g. no built site): say why, with no figures.
      return {
        title,
        columns,
        rows: [],
        notes: [
          `vitest exit ${run.status}, no report: ${(run.stderr ?? '').trim().split('\n').slice(-5).join(' / ')}`,
        ],
      };
    }
    /** @type {{ testResults: { assertionResults: { status: string, meta?: { durability?: Durability } }[] }[] }} */
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const results = json.testResults.flatMap((file) => file.assertionResults);
    /** @type {Durability[]} */
    const cases = results.flatMap(({ meta }) => (meta?.durability ? [meta.durability] : []));
    const totals = cases.reduce(
      (sum, next) => ({ tried: sum.tried + next.tried, lost: sum.lost + next.lost }),
      { tried: 0, lost: 0 },
    );
    const failed = results.filter((result) => result.status !== 'passed').length;
    return {
      title,
      columns,
      rows: [
        ...cases.map((row) => [row.case, `${row.delay} ms`, String(row.tried), String(row.lost)]),
        ['Total', '', String(totals.tried), String(totals.lost)],
      ],
      notes: [
        `${FILES.join(' and ')} with DURABILITY_TRIALS=${TRIALS}, DURABILITY_CASES=all ` +
          '(npm test: 3 trials, the tools closed at 0 ms only); ' +
          `${results.length} cases, ${failed} failed${run.status === 0 ? '' : ` (vitest exit ${run.status})`}.`,
        'Delay: between the last keystroke and the reload or close. Lost: trials after which ' +
          'the page did not show what was typed.',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
