// @ts-check
/**
 * `npm test`: every check, stage by stage, stopping at the first stage that fails, then a table
 * of each stage's duration, so that a slow test shows the day it lands (issue 19).
 *
 *   npm test                 every stage
 *   npm test -- unit e2e     only the stages named (a build stage is needed before e2e)
 *
 * Each stage is an npm script of its own, usable alone (see package.json).
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** @typedef {{ name: string, what: string, scripts: string[] }} Stage */

/** @type {Stage[]} */
const stages = [
  { name: 'format', what: 'Prettier', scripts: ['format:check'] },
  { name: 'lint', what: 'ESLint, and the layers (dependency-cruiser)', scripts: ['lint'] },
  { name: 'types', what: 'astro check, svelte-check', scripts: ['check'] },
  { name: 'unit', what: 'vitest, jsdom', scripts: ['test:unit'] },
  {
    name: 'build',
    what: 'the site at / (dist/) and under /sous-dossier/ (dist-e2e/)',
    scripts: ['build', 'build:e2e'],
  },
  { name: 'build checks', what: 'both builds read as files', scripts: ['test:build'] },
  { name: 'e2e', what: 'Chromium against dist-e2e/', scripts: ['test:e2e'] },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !stages.some((stage) => stage.name === name));
if (unknown.length > 0) {
  console.error(`Unknown stage ${unknown.join(', ')}: ${stages.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}
const chosen = asked.length === 0 ? stages : stages.filter((stage) => asked.includes(stage.name));

/** @type {{ stage: Stage, ms: number | null, result: string }[]} */
const rows = [];
let exitCode = 0;
for (const stage of chosen) {
  if (exitCode !== 0) {
    rows.push({ stage, ms: null, result: 'not run' });
    continue;
  }
  const start = performance.now();
  for (const script of stage.scripts) {
    console.log(`\n▶ ${stage.name}: npm run ${script}\n`);
    exitCode = await run('npm', ['run', script]);
    if (exitCode !== 0) break;
  }
  rows.push({ stage, ms: performance.now() - start, result: exitCode === 0 ? 'ok' : 'FAILED' });
}
printTable(rows);
process.exit(exitCode);

/**
 * Runs a command with the terminal as its own; resolves to its exit code.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** @param {{ stage: Stage, ms: number | null, result: string }[]} results */
function printTable(results) {
  const total = results.reduce((sum, row) => sum + (row.ms ?? 0), 0);
  const header = ['stage', 'duration', 'result', 'what'];
  /** @type {string[][]} */
  const lines = [
    header,
    ...results.map((row) => [row.stage.name, duration(row.ms), row.result, row.stage.what]),
    ['total', duration(total), exitCode === 0 ? 'ok' : 'FAILED', ''],
  ];
  const widths = header.map((_, column) =>
    Math.max(...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (/** @type {string[]} */ line) =>
    line
      .map((cell, column) =>
        column === 1 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  console.log(`\nnpm test: stages\n${format(header)}`);
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines.slice(1)) console.log(format(line));
}

/** @param {number | null} ms */
function duration(ms) {
  if (ms === null) return '–';
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
