/**
 * A letter's PDF carries the letter: `embedJsonFiles` appends the JSON as an embedded file
 * (incremental update) and pdf.js and poppler both find it, while the pages, their text and
 * the tagged structure stay as jsPDF wrote them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { embedJsonFiles, safeFileName } from '../../../src/lib/pdf/embedded-letter';
import { letterAttachment } from '../../../src/lib/pdf/letter-attachment';
import { serializeBackup } from '../../../src/lib/backup/format';
import { parseBackup } from '../../../src/lib/backup/parse';
import { rates } from '../document/fixture';
import { filledLetter } from '../support/filled-letters';
import { readPdf } from './pdf-text';

const run = promisify(execFile);
const NOW = new Date('2026-12-08T10:00:00Z');
const letter = filledLetter('coordonnateur-rep');

async function plainPdf(): Promise<Uint8Array> {
  const result = await exportPdf(toDocument(letter, rates));
  if (!result.ok) throw new Error('missing characters');
  return new Uint8Array(await result.blob.arrayBuffer());
}

/** The embedded files pdf.js sees: name → text. */
async function attachments(bytes: Uint8Array): Promise<Record<string, string>> {
  const pdf = await getDocument({ data: bytes.slice(0), verbosity: 0 }).promise;
  const found = ((await pdf.getAttachments()) ?? {}) as Record<
    string,
    { filename: string; content: Uint8Array }
  >;
  await pdf.destroy();
  return Object.fromEntries(
    Object.values(found).map((file) => [file.filename, new TextDecoder().decode(file.content)]),
  );
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'embedded-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the letter embedded in its PDF', () => {
  test('is the letter as a backup of it writes it, and reads back as one', async () => {
    const { name, json } = letterAttachment(letter, NOW);
    expect(name).toBe(toDocument(letter, rates).meta.fileName.replace(/\.pdf$/, '.json'));
    expect(JSON.parse(json)).toEqual(JSON.parse(serializeBackup([letter], null, NOW)));
    const parsed = await parseBackup({ size: json.length, text: async () => json });
    expect(parsed.ok && parsed.backup.letters).toEqual([letter]);
  });

  test('pdf.js finds the JSON; pages and text are unchanged', async () => {
    const plain = await plainPdf();
    const attachment = letterAttachment(letter, NOW);
    const embedded = embedJsonFiles(plain, [attachment]);
    expect(embedded.subarray(0, plain.length)).toEqual(plain);
    expect(await attachments(embedded)).toEqual({ [attachment.name]: attachment.json });
    const [before, after] = await Promise.all([readPdf(plain), readPdf(embedded)]);
    expect(after.pages).toEqual(before.pages);
    expect(after.pages.length).toBeGreaterThan(0);
    expect(after.info['Title']).toEqual(before.info['Title']);
  });

  test('the update is exact: xref offsets, /Prev, startxref and the new catalog', async () => {
    const plain = await plainPdf();
    const embedded = embedJsonFiles(plain, [letterAttachment(letter, NOW)]);
    const text = new TextDecoder('latin1').decode(embedded);
    const update = text.slice(plain.length);
    const section = /xref\n(\d+) (\d+)\n((?:\d{10} 00000 n \n)+)trailer/.exec(update);
    if (!section) throw new Error('no xref section in the update');
    const first = Number(section[1]);
    const offsets = (section[3] ?? '')
      .trim()
      .split('\n')
      .map((line) => Number(line.slice(0, 10)));
    expect(offsets).toHaveLength(Number(section[2]));
    offsets.forEach((offset, index) => {
      expect(text.startsWith(`${first + index} 0 obj\n`, offset)).toBe(true);
    });
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(update)?.[1]);
    expect(startxref).toBe(plain.length + (section.index ?? 0));
    const prev = Number(/\/Prev (\d+)/.exec(update)?.[1]);
    expect(text.startsWith('xref', prev) && prev < plain.length).toBe(true);
    const root = Number(/\/Root (\d+) 0 R/.exec(update)?.[1]);
    expect(root).toBe(first + offsets.length - 1);
    const catalog = text.slice(offsets.at(-1), text.indexOf('endobj', offsets.at(-1)));
    for (const entry of [
      '/Type /Catalog',
      '/Pages ',
      '/StructTreeRoot ',
      '/MarkInfo',
      '/Lang',
      '/Metadata ',
      '/ViewerPreferences',
      '/Names << /EmbeddedFiles',
      '/AF [',
    ]) {
      expect(catalog).toContain(entry);
    }
    expect(update).toContain('/AFRelationship /Data');
    expect(update).toContain('/Subtype /application#2Fjson /Filter /FlateDecode');
    expect(update).toMatch(/\/Params << \/Size \d+ >>/);
    expect(update).toMatch(/\/Size \d+\n\/Root \d+ 0 R\n\/Info \d+ 0 R\n\/ID \[/);
  });

  test('several files, each under its own name, in any order given', async () => {
    const files = [
      { name: 'b.json', json: '{"b":"é « »"}' },
      { name: 'a.json', json: '{"a":1}' },
    ];
    const embedded = embedJsonFiles(await plainPdf(), files);
    expect(await attachments(embedded)).toEqual({ 'a.json': '{"a":1}', 'b.json': '{"b":"é « »"}' });
  });

  test('a name is written safely, and two equal names are refused', async () => {
    expect(safeFileName('lettre (1)\\.json')).toBe('lettre-1-.json');
    expect(safeFileName('../x.pdf')).toBe('lettre.json');
    const file = { name: 'a.json', json: '{}' };
    expect(() => embedJsonFiles(new Uint8Array(0), [file])).toThrow();
    expect(() => embedJsonFiles(embedJsonFiles(new Uint8Array(0), []), [file])).toThrow();
  });

  test('poppler lists the file, extracts it, and still sees a tagged PDF', async () => {
    const result = await exportPdf(toDocument(letter, rates), undefined, [
      letterAttachment(letter, NOW),
    ]);
    if (!result.ok) throw new Error('missing characters');
    const file = path.join(dir, 'lettre.pdf');
    await writeFile(file, new Uint8Array(await result.blob.arrayBuffer()));
    const name = letterAttachment(letter, NOW).name;
    const { stdout: list } = await run('pdfdetach', ['-list', file]);
    expect(list).toBe(`1 embedded files\n1: ${name}\n`);
    const out = path.join(dir, 'out.json');
    await run('pdfdetach', ['-save', '1', '-o', out, file]);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(out, 'utf8')).toBe(letterAttachment(letter, NOW).json);
    const { stdout: info } = await run('pdfinfo', [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    const { stdout: tree } = await run('pdfinfo', ['-struct', file]);
    expect(tree).toMatch(/^Document/m);
    const { stdout: text } = await run('pdftotext', [file, '-']);
    expect(text).toContain('Lettre de mission');
  });
});
