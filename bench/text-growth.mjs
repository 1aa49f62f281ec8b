// @ts-check
/**
 * Time growth of the text rules: each rule run on a text of N characters of one class and on
 * one of 10 × N, and the ratio of the two times. A rule linear in the text's length gives about
 * 10×; the goal is 12× at most (issue 22: a pasted run of capitals froze the editor). The rules
 * are the source modules, loaded with Vite as served-chunks.mjs does; `node bench/text-growth.mjs`
 * prints this table alone. Figures only: nothing fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadModule } from './served-chunks.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const N = 10_000;
const GOAL = 12;
/** Timed samples of each run; the fastest counts (the others met a GC or a JIT pause). */
const SAMPLES = 5;
/** A sample repeats the rule until it has taken this long, so short runs are not lost in noise. */
const SAMPLE_MS = 5;

/** Each class of characters, as the unit repeated to the text's length. */
export const CHARACTER_CLASSES = {
  capitals: 'A',
  'lower case': 'x',
  digits: '7',
  punctuation: '; : ! ? . , « » ',
  spaces: ' ',
  'no-break spaces': '\u00a0',
  'narrow no-break spaces': '\u202f',
  'combining marks': 'e\u0301',
  apostrophes: "'",
  'braces, bars': '{|}',
  mixed: 'Ab7 ;{|}’é-@.',
};

/** @returns {Promise<import('./run.mjs').Table>} */
export async function textGrowthMeasure() {
  const rules = await loadRules();
  /** @type {string[][]} */
  const rows = [];
  let worst = { ratio: 0, rule: '', kind: '' };
  for (const [rule, run] of Object.entries(rules)) {
    for (const [kind, unit] of Object.entries(CHARACTER_CLASSES)) {
      const small = timeOf(run, repeatTo(unit, N));
      const large = timeOf(run, repeatTo(unit, 10 * N));
      const ratio = large / small;
      if (ratio > worst.ratio) worst = { ratio, rule, kind };
      rows.push([
        rule,
        kind,
        msOf(small),
        msOf(large),
        `${ratio.toFixed(1)}×`,
        ratio <= GOAL ? 'yes' : 'NO',
      ]);
    }
  }
  return {
    title: `Text rules: time growth, ${N.toLocaleString('en')} → ${(10 * N).toLocaleString('en')} characters of one class (goal ≤ ${GOAL}×)`,
    columns: ['Rule', 'Characters', `${N / 1000}k`, `${(10 * N) / 1000}k`, 'Ratio', `≤ ${GOAL}×`],
    rows,
    notes: [
      `CPU time, fastest of ${SAMPLES} samples, each repeating the rule for ${SAMPLE_MS} ms at least.`,
      'Near 10× is linear; a rule quadratic in the length gives about 100×. A sub-millisecond rule a',
      'little over the goal is usually the cache or the GC (100k characters no longer fit in the cache):',
      'run `node bench/text-growth.mjs` again to see.',
      `Worst: ${worst.rule}, ${worst.kind}, ${worst.ratio.toFixed(1)}×.`,
      'The preview (Chromium) sets glyphs without kerning since issue 22: with kerning, 20 000',
      'capitals in « Nom » took seconds to lay out at each keystroke (not a text rule, not timed here).',
    ],
  };
}

/**
 * The rules on the keystroke, preview and PDF path, each as a function of one text.
 * @returns {Promise<Record<string, (text: string) => unknown>>}
 */
async function loadRules() {
  const [typography, acronyms, template, agreement, placeholders, fold, invisible, unbroken] =
    await Promise.all(
      [
        'typography',
        'acronyms',
        'template',
        'agreement',
        'placeholders',
        'fold',
        'clean-invisible',
        'unbroken',
      ].map((name) => loadModule(`src/lib/text/${name}.ts`)),
    );
  const { wrapText } = await loadModule('src/lib/pdf/wrap.ts');
  const { typesetter } = await loadModule('src/lib/document/fill.ts');
  const { unknownBlanks } = await loadModule('src/lib/checks/unknown-blanks.ts');
  const { exportIssues } = await loadModule('src/lib/checks/export-issues.ts');
  const { toDocument } = await loadModule('src/lib/document/to-document.ts');
  const { filledLetter, rates } = await loadModule('tests/unit/document/fixture.ts');
  const glossary = glossaryAcronyms();
  /** @type {import('../src/lib/pdf/page').Measure} */
  const measure = (text, _font, size) => [...text].length * 0.05 * size;
  const style = { font: 'regular', size: 10.5, leading: 1.4 };
  const typeset = typesetter({ nom: 'Dupont' });
  /** The fixture letter with `text` in « Nom ». */
  const letterWith = (/** @type {string} */ text) => {
    const letter = filledLetter();
    letter.values.nom = text;
    return letter;
  };
  return {
    'frenchTypography (typography)': (text) => typography.frenchTypography(text),
    'markAcronyms (acronyms)': (text) => acronyms.markAcronyms(text, glossary),
    'acronymCandidates (acronyms)': (text) => acronyms.acronymCandidates(text),
    'parseTemplate (template)': (text) => template.parseTemplate(text),
    'escapeLiteral (template)': (text) => template.escapeLiteral(text),
    'resolveAgreement (agreement)': (text) => agreement.resolveAgreement(text, null),
    'splitPlaceholders (placeholders)': (text) => placeholders.splitPlaceholders(text),
    'foldCompact (search folding)': (text) => fold.foldCompact(text),
    'cleanInvisible (clean-invisible)': (text) => invisible.cleanInvisible(text),
    'hasUnbrokenRun (unbroken)': (text) => unbroken.hasUnbrokenRun(text),
    'wrapText (PDF wrapping)': (text) => wrapText(text, 160, style, measure),
    'typesetter (fill)': (text) => typeset(text),
    'unknownBlanks (checks)': (text) => unknownBlanks(text, new Set(['nom'])),
    'toDocument, text in « Nom »': (text) => toDocument(letterWith(text), rates),
    'exportIssues, text in « Nom »': (text) => exportIssues(letterWith(text), rates),
  };
}

/** The glossary's acronyms, as the guide pages mark them. */
function glossaryAcronyms() {
  /** @type {Record<string, { term: string, variants?: string[], expansion: string }>} */
  const entries = parse(readFileSync(path.join(repoRoot, 'content/glossaire.yaml'), 'utf8'));
  return Object.entries(entries).map(([id, entry]) => ({
    id,
    term: entry.term,
    variants: entry.variants ?? [],
    expansion: entry.expansion,
  }));
}

/** `unit` repeated to exactly `length` UTF-16 code units. */
export function repeatTo(/** @type {string} */ unit, /** @type {number} */ length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * Milliseconds of CPU one call of `run` on `text` takes: the fastest of the samples, each the
 * mean of enough calls to last SAMPLE_MS. CPU time, not wall-clock time: the machine may be
 * shared, and time spent waiting for a core is not the rule's.
 * @param {(text: string) => unknown} run
 * @param {string} text
 */
function timeOf(run, text) {
  run(text);
  let best = Number.POSITIVE_INFINITY;
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const start = cpuMs();
    let calls = 0;
    do {
      run(text);
      calls += 1;
    } while (cpuMs() - start < SAMPLE_MS);
    best = Math.min(best, (cpuMs() - start) / calls);
  }
  return best;
}

/** CPU time of this process so far, in milliseconds. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const msOf = (/** @type {number} */ value) =>
  value < 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(1)} ms`;

// Alone (run.mjs would build the site first): the table as plain rows.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { title, columns, rows, notes = [] } = await textGrowthMeasure();
  console.log(
    [title, columns.join(' | '), ...rows.map((row) => row.join(' | ')), ...notes].join('\n'),
  );
}
