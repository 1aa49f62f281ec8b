import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../src/lib/document/model';
import { fixtureDocument } from '../pdf/support';
import { paragraphsOf } from './docx-text';
import { bodyParts, keptWithNext, paragraphsIn, rowsOf } from './ooxml-elements';
import { docxOf } from './support';

/**
 * What Word and LibreOffice are told in the DOCX so that its pages break as a reader expects
 * and the letter looks as in the PDF (their rendering is checked in `libreoffice.test.ts`): the
 * IMP table ruled cell by cell, its header row repeated and never alone, the total never alone,
 * the signatures with what precedes, « Copie : » and its list together with the last signature.
 */

/** The fixture letter; `note: false` leaves out the note under the IMP table. */
function letter(note = true): LetterDocument {
  const doc = fixtureDocument();
  if (note) return doc;
  const at = doc.blocks.findIndex((block) => block.kind === 'table');
  if (doc.blocks[at + 1]?.kind !== 'paragraph') throw new Error('the fixture has a note');
  doc.blocks.splice(at + 1, 1);
  return doc;
}

/** The body's parts, the IMP table's rows and the signature table's rows, of a letter's DOCX. */
async function partsOf(doc: LetterDocument) {
  const parts = bodyParts((await docxOf(doc)).document);
  const impAt = parts.findIndex((part) => part.includes('<w:tblHeader/>'));
  const signatures = doc.blocks.find((block) => block.kind === 'signatures');
  const caption = signatures?.kind === 'signatures' ? signatures.blocks[0]?.caption : undefined;
  const signaturesAt = parts.findIndex(
    (part) => part.startsWith('<w:tbl>') && paragraphsOf(part).includes(caption ?? '?'),
  );
  return {
    parts,
    impAt,
    signaturesAt,
    impRows: rowsOf(parts[impAt] ?? ''),
    signatureRows: rowsOf(parts[signaturesAt] ?? ''),
  };
}

/** Whether each paragraph of a row keeps with the next. */
const rowKept = (row: string) => paragraphsIn(row).map(keptWithNext);

describe('the DOCX’s logo', () => {
  it('sits on lines spaced by a rule of their own (1,2 lines): LibreOffice clips no image', async () => {
    const styles = (await docxOf(letter())).parts['word/styles.xml'] ?? '';
    const defaults = /<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="288"[^>]*w:lineRule="auto"/);
  });
});

describe('the DOCX’s IMP table', () => {
  it('rules each of its cells on all four sides', async () => {
    const { impRows } = await partsOf(letter());
    const cells = impRows.flatMap((row) => row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []);
    expect(cells.length).toBeGreaterThan(6);
    for (const cell of cells) {
      const borders = /<w:tcBorders>([\s\S]*?)<\/w:tcBorders>/.exec(cell)?.[1] ?? '';
      for (const side of ['top', 'left', 'bottom', 'right']) {
        expect(borders).toMatch(new RegExp(`<w:${side} w:val="single"[^>]*w:sz="4"`));
      }
    }
  });

  it('keeps its header row with the first row and its last row with the one before', async () => {
    const { impRows } = await partsOf(letter());
    expect(impRows).toHaveLength(4);
    // Header, first line, second line, total; the note follows: the total keeps nothing.
    expect(impRows.map((row) => rowKept(row).every(Boolean))).toEqual([true, false, true, false]);
    expect(impRows.map((row) => rowKept(row).some(Boolean))).toEqual([true, false, true, false]);
  });

  it('keeps its last row with the signatures when they follow, a paragraph between the tables', async () => {
    const { parts, impAt, impRows, signaturesAt } = await partsOf(letter(false));
    const total = rowKept(impRows.at(-1) ?? '');
    expect(total.length).toBeGreaterThan(1);
    expect(total.every(Boolean)).toBe(true);
    // Tables that touch become one in Word and LibreOffice: the signatures would be IMP rows.
    expect(signaturesAt).toBe(impAt + 2);
    const between = parts[impAt + 1] ?? '';
    expect(between.startsWith('<w:p')).toBe(true);
    expect(keptWithNext(between)).toBe(true);
  });
});

describe('the DOCX’s signatures and copies', () => {
  it('keep « Copie : » and its list together, and with the last signature', async () => {
    const doc = letter();
    const { parts, signaturesAt, signatureRows } = await partsOf(doc);
    const copies = doc.blocks.find((block) => block.kind === 'copies');
    const lines = copies?.kind === 'copies' ? copies.lines : [];
    expect(lines.length).toBeGreaterThan(1);
    const copyParts = parts.slice(signaturesAt + 1, signaturesAt + 1 + lines.length);
    expect(copyParts.map((part) => paragraphsOf(part)[0])).toEqual(lines);
    expect(copyParts.map(keptWithNext)).toEqual(lines.map((_, index) => index < lines.length - 1));
    for (const part of copyParts) expect(part).toContain('<w:keepLines/>');
    // Every row of the signatures keeps with what follows: the last row with « Copie : ».
    for (const row of signatureRows) expect(rowKept(row).every(Boolean)).toBe(true);
    // One row of two signatures, then the empty 1 pt row LibreOffice needs to keep the table.
    expect(signatureRows).toHaveLength(2);
    expect(signatureRows[1]).toContain('<w:trHeight w:val="20" w:hRule="exact"/>');
    expect(paragraphsOf(signatureRows[1] ?? '')).toEqual(['', '']);
  });

  it('keep nothing after the signatures when no copy list follows', async () => {
    const doc = letter();
    doc.blocks = doc.blocks.filter((block) => block.kind !== 'copies');
    const { signatureRows } = await partsOf(doc);
    expect(signatureRows).toHaveLength(1);
    expect(rowKept(signatureRows[0] ?? '').at(-1)).toBe(false);
  });
});
