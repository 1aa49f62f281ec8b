/**
 * The tagged PDF as a reader other than ours sees it: each of the five letters is made as the
 * editor makes it, then poppler's `pdfinfo` (not pdf.js, which the other tests use) says it is
 * tagged and prints its structure tree, whose roles come in the letter's order. That the
 * editor's button downloads this PDF is `tests/e2e/pdf.e2e.ts`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDocument } from '../../../../src/lib/document/to-document';
import { exportPdf } from '../../../../src/lib/pdf/export';
import { rates } from '../../document/fixture';
import { filledLetter } from '../../support/filled-letters';

const run = promisify(execFile);

/** The five letters, and whether their model has an IMP table (REP and MLDS have none). */
const LETTERS: [slug: string, imp: boolean][] = [
  ['referent-cordee-de-la-reussite', true],
  ['coordonnateur-rep', false],
  ['coordonnateur-devoirs-faits', true],
  ['referent-decrochage-scolaire', true],
  ['coordonnateur-mlds-bassin', false],
];

/** The IMP table: its caption, its header row, then its cells. */
const TABLE = ['Table', 'Caption', 'TR', 'TH', 'TD'];

/** `pdfinfo` (poppler-utils), on a file. */
async function pdfinfo(args: string[]): Promise<string> {
  const { stdout } = await run('pdfinfo', args, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** The roles of `pdfinfo -struct`, one per element, in the tree's order (depth first). */
const rolesOf = (tree: string) =>
  tree
    .split('\n')
    .map((line) => /^\s*(\w+)/.exec(line)?.[1])
    .filter((role): role is string => role !== undefined);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tagged-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the PDF of each of the five letters', () => {
  test.each(LETTERS)('%s is tagged, its structure in reading order', async (slug, imp) => {
    const letter = filledLetter(slug);
    expect((letter.imp?.lines.length ?? 0) > 0, 'the model has IMP lines').toBe(imp);
    const pdf = await exportPdf(toDocument(letter, rates));
    if (!pdf.ok) throw new Error(`missing characters: ${pdf.missing.join(' ')}`);
    const file = path.join(dir, `${slug}.pdf`);
    await writeFile(file, new Uint8Array(await pdf.blob.arrayBuffer()));

    const info = await pdfinfo([file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);

    const roles = rolesOf(await pdfinfo(['-struct', file]));
    expect(roles[0]).toBe('Document');
    expect(roles.filter((role) => role === 'H1')).toHaveLength(1);
    expect(roles).toContain('P');
    const order = ['Document', 'H1', 'L', 'LI', 'Lbl', 'LBody', ...(imp ? TABLE : [])];
    const firsts = order.map((role) => roles.indexOf(role));
    expect(firsts, `roles: ${roles.join(' ')}`).not.toContain(-1);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    if (!imp) expect(roles).not.toContain('Table');
  });
});
