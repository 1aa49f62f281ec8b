/**
 * A PDF of the site, cut anywhere or with bytes changed anywhere, and random bytes: reading it
 * never throws, and gives either a French refusal or exactly the letter that was embedded,
 * never a half letter. Reading writes nothing (`letterFromPdf` only returns what it read; the
 * import component writes after « Confirmer l’import » only, see ImportBackup's tests).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { letterAttachment } from '../../../src/lib/pdf/letter-attachment';
import { letterFromPdf, pdfMessages } from '../../../src/lib/backup/letter-from-pdf';
import { backupMessages, type ParsedBackup } from '../../../src/lib/backup/parse';
import type { Letter } from '../../../src/lib/schemas/letter';
import { rates } from '../document/fixture';
import { filledLetter } from '../support/filled-letters';
import { counted, runs } from './runs';

const fileOf = (bytes: Uint8Array) => ({
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

const refusals: string[] = [...Object.values(pdfMessages), backupMessages.invalid];

let pdf = new Uint8Array();
let original: Letter[] = [];
beforeAll(async () => {
  const letter = filledLetter('referent-decrochage-scolaire');
  const result = await exportPdf(toDocument(letter, rates), undefined, [
    letterAttachment(letter, new Date()),
  ]);
  if (!result.ok) throw new Error('missing characters');
  pdf = new Uint8Array(await result.blob.arrayBuffer());
  const parsed = await letterFromPdf(fileOf(pdf));
  if (!parsed.ok) throw new Error(parsed.message);
  original = parsed.backup.letters;
});

/** A refusal in French (one of the known messages), or the very letter embedded. */
function expectHonest(parsed: ParsedBackup) {
  if (parsed.ok) expect(parsed.backup.letters).toEqual(original);
  else expect(refusals).toContain(parsed.message);
}

describe('a damaged PDF of the site', () => {
  it('cut anywhere: refused in French, or (cut after its end) the same letter', async ({
    task,
  }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1_000_000 }),
        counted(task, async (at: number) => {
          expectHonest(await letterFromPdf(fileOf(pdf.subarray(0, at % pdf.length))));
        }),
      ),
      { numRuns: runs(300) },
    );
  });

  it('with bytes changed anywhere: refused in French, or the same letter', async ({ task }) => {
    // Half of the changes fall in the update the site appends (the letter and its catalog).
    const tail = () => pdf.length - 3000;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.integer({ min: 0, max: 255 }),
            fc.boolean(),
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        counted(task, async (changes: [number, number, boolean][]) => {
          const bytes = pdf.slice();
          for (const [where, value, nearEnd] of changes) {
            const from = nearEnd ? tail() : 0;
            bytes[from + Math.floor(where * (bytes.length - from - 1))] = value;
          }
          expectHonest(await letterFromPdf(fileOf(bytes)));
        }),
      ),
      { numRuns: runs(300) },
    );
  });
});

describe('random bytes', () => {
  it('are refused in French', async ({ task }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4000 }),
        fc.boolean(),
        counted(task, async (random: Uint8Array, pdfHead: boolean) => {
          const head = new TextEncoder().encode(pdfHead ? '%PDF-1.3\n' : '');
          const parsed = await letterFromPdf(fileOf(new Uint8Array([...head, ...random])));
          expect(parsed.ok).toBe(false);
          expectHonest(parsed);
        }),
      ),
      { numRuns: runs(300) },
    );
  });
});
