// @ts-check
/**
 * « Envoyer à l’intéressé(e) »: the length of the link of each seed letter, filled as a school
 * fills it (tests/unit/sending/letter-link.test.ts records it in each test's meta). Mail and chat
 * clients may cut a link past 2 000 characters.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('./run.mjs').Measure} */
export function sendingMeasure() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-sending-'));
  const report = path.join(dir, 'report.json');
  const title = 'Letter links (« Envoyer à l’intéressé(e) »): the five seed letters, filled';
  const columns = ['Model', 'Link length (characters)', 'Within 2 000'];
  try {
    const run = spawnSync(
      'npx',
      [
        'vitest',
        'run',
        'tests/unit/sending/letter-link.test.ts',
        '--reporter=json',
        `--outputFile=${report}`,
      ],
      { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
    );
    if (!existsSync(report)) {
      return { title, columns, rows: [], notes: [`vitest wrote no report (exit ${run.status})`] };
    }
    /** @type {{ testResults: { assertionResults: { title: string, meta?: { linkLength?: number } }[] }[] }} */
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const rows = json.testResults
      .flatMap((file) => file.assertionResults)
      .filter((test) => test.meta?.linkLength !== undefined)
      .map((test) => {
        const length = test.meta?.linkLength ?? 0;
        return [
          test.title.split(':')[0] ?? test.title,
          String(length),
          length <= 2000 ? 'yes' : 'NO',
        ];
      });
    return {
      title,
      columns,
      rows,
      notes: ['The page’s address counted as a school’s site would have it.'],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
