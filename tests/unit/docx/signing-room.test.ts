/**
 * Room to sign in the DOCX: opened in LibreOffice Writer (headless) and printed to PDF as a
 * secretary would, the letter leaves at least 20 mm (25 mm asked, as in the PDF) between each
 * signatory's title and name: the head's, with the stamp's frame in that room, and the
 * person's, under « Vu et pris connaissance ». Poppler reads the printed lines back.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportDocx } from '../../../src/lib/docx/export';
import { rates } from '../document/fixture';
import { filledLetter } from '../support/filled-letters';
import { gapBetween, popplerLines, type PopplerLine } from '../pdf/poppler-lines';
import { printWithLibreOffice } from './libreoffice';

/** LibreOffice's first start (a fresh profile) is slow, more so on a loaded machine. */
const LIBREOFFICE_MS = 180_000;

let dir = '';
let lines: PopplerLine[] = [];

beforeAll(async () => {
  const doc = toDocument(filledLetter('referent-decrochage-scolaire'), rates);
  const docx = new Uint8Array(await (await exportDocx(doc)).arrayBuffer());
  const printed = await printWithLibreOffice({ letter: docx }, LIBREOFFICE_MS - 20_000);
  dir = await mkdtemp(path.join(tmpdir(), 'docx-signing-room-'));
  const file = path.join(dir, 'letter.pdf');
  await writeFile(file, printed['letter'] ?? new Uint8Array());
  lines = await popplerLines(file);
}, LIBREOFFICE_MS);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the DOCX of a letter, printed by LibreOffice', () => {
  it.each([
    ['La principale du collège Pablo-Neruda', 'Nadia Benali'],
    ['L’intéressée', 'Claire Dubois'],
  ])('leaves at least 20 mm between « %s » and « %s »', (title, name) => {
    const gap = gapBetween(lines, title, name);
    expect(gap, 'both lines are printed').not.toBeNull();
    expect(gap).toBeGreaterThanOrEqual(20);
  });
});
