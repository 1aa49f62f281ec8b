import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { blockTexts } from '../../../src/lib/pdf/coverage';
import { characterPlaces } from '../../../src/lib/pdf/character-places';
import { missingMessage } from '../../../src/lib/pdf/download-pdf';
import type { Letter } from '../../../src/lib/schemas/letter';
import { readPdf } from '../pdf/pdf-text';
import { anyLetter, printableLetter, rates } from './arbitraries';
import { counted, runs, timeLimit } from './runs';

/**
 * A PDF takes about a second on a loaded machine: few runs (see `runs`); in the full mode,
 * fast-check stops past 200 s rather than let the test time out.
 */
const runsOf = (full: number) => ({ numRuns: runs(full), ...timeLimit(200_000) });

/** Text without any white space, to compare what wrapping may have cut into lines. */
const squeezed = (text: string) => text.normalize('NFC').replace(/\s/gu, '');

/** Asserts the letter's PDF can be read and shows the letter's title. */
async function expectPdf(letter: Letter) {
  const doc = toDocument(letter, rates);
  const result = await exportPdf(doc);
  if (!result.ok) throw new Error(`refused: ${result.missing.join(' ')}`);
  const pdf = await readPdf(new Uint8Array(await result.blob.arrayBuffer()));
  expect(pdf.pages.length).toBeGreaterThan(0);
  const title = doc.blocks.find((block) => block.kind === 'title');
  if (title) expect(squeezed(pdf.pages.join(''))).toContain(squeezed(title.text));
}

describe('any letter the schema accepts renders to a PDF', () => {
  it('gives a PDF showing its title when every character has a font', async ({ task }) => {
    await fc.assert(fc.asyncProperty(printableLetter, counted(task, expectPdf)), runsOf(30));
  }, 300_000);

  it('or refuses in French, naming each character no font draws', async ({ task }) => {
    await fc.assert(
      fc.asyncProperty(
        anyLetter,
        counted(task, async (letter) => {
          const doc = toDocument(letter, rates);
          const result = await exportPdf(doc);
          if (result.ok) return;
          const printed = doc.blocks.flatMap(blockTexts).join('\n').normalize('NFC');
          expect(result.missing.length).toBeGreaterThan(0);
          const message = missingMessage(result.missing, characterPlaces(letter, result.missing));
          expect(message).toMatch(
            /^Ces? caractères? ne peu(?:t|vent) pas être écrits? dans le PDF/u,
          );
          for (const character of result.missing) {
            expect(printed).toContain(character);
            const code = (character.codePointAt(0) ?? 0).toString(16).toUpperCase();
            expect(message).toContain(`${character}\u00a0» (U+${code.padStart(4, '0')})`);
          }
        }),
      ),
      runsOf(30),
    );
  }, 300_000);
});
