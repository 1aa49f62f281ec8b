// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toDocument } from '../../../src/lib/document/to-document';
import { downloadLetterDocx } from '../../../src/lib/docx/download-docx';
import { exportDocx } from '../../../src/lib/docx/export';
import { forbiddenCharacters } from '../../../src/lib/docx/xml-characters';
import type { Letter } from '../../../src/lib/schemas/letter';
import { readDocx } from '../docx/docx-text';
import { anyLetter, rates } from './arbitraries';
import { counted, runs, timeLimit } from './runs';

/** A DOCX takes a few tens of milliseconds: more runs than the PDF's. */
const runsOf = (full: number) => ({ numRuns: runs(full), ...timeLimit(200_000) });

/**
 * Characters XML forbids or that are no text, and what a paste may hide next to them: each may
 * land in any box of the letter, as « Dupont » followed by U+FFFE did in « Nom » (issue 22).
 */
const hostile = fc.constantFrom(
  '\ufffe',
  '\uffff',
  '\ufdd0',
  '\u{1fffe}',
  '\u{10ffff}',
  '\u0000',
  '\u0008',
  '\u000b',
  '\u001f',
  '\ud800',
  '\udc00',
  '\u0085',
  ']]>',
  '&#1;',
  '<w:t>',
);

/** A letter with a hostile character put at a random place of one of its texts. */
const hostileLetter = fc
  .tuple(anyLetter, hostile, fc.nat(), fc.nat())
  .map(([letter, char, at, where]) => {
    const texts: { get: () => string; set: (text: string) => void }[] = [
      { get: () => letter.title, set: (text) => (letter.title = text) },
      ...Object.keys(letter.values).map((id) => ({
        get: () => letter.values[id] ?? '',
        set: (text: string) => (letter.values[id] = text),
      })),
      ...letter.sections.map((section) => ({
        get: () => section.title,
        set: (text: string) => (section.title = text),
      })),
    ];
    const place = texts[where % texts.length];
    if (place) {
      const text = place.get();
      const cut = at % (text.length + 1);
      place.set(`${text.slice(0, cut)}${char}${text.slice(cut)}`);
    }
    return letter;
  });

/** Whether a text is well-formed XML (jsdom's parser, which checks every character). */
const isXml = (text: string) =>
  new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror')
    .length === 0;

/** Every XML part of the letter's DOCX well-formed, or the export refused in French. */
async function expectValidDocx(letter: Letter) {
  const doc = toDocument(letter, rates);
  const forbidden = forbiddenCharacters(doc);
  if (forbidden.length > 0) {
    const outcome = await downloadLetterDocx(letter, rates);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(
      /^Ces? caractères? ne peu(?:t|vent) pas être écrits? dans le fichier pour Word ou LibreOffice\u00a0: /u,
    );
    for (const char of forbidden) {
      const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      expect(outcome.message).toContain(`${char}\u00a0» (U+${code})`);
    }
    return;
  }
  const docx = readDocx(new Uint8Array(await (await exportDocx(doc)).arrayBuffer()));
  const parts = Object.keys(docx.files).filter((path) => /\.(xml|rels)$/.test(path));
  expect(parts).toContain('word/document.xml');
  for (const path of parts) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(docx.files[path]);
    expect(isXml(text), path).toBe(true);
  }
}

describe('any letter the schema accepts gives a DOCX Word can open', () => {
  // The refusal path offers nothing for download; the accepted one would, through a Blob URL.
  const createObjectURL = URL.createObjectURL;
  beforeAll(() => {
    URL.createObjectURL = () => 'blob:lettre';
  });
  afterAll(() => {
    URL.createObjectURL = createObjectURL;
  });

  it('every XML part well-formed, for any text of the letter', async ({ task }) => {
    await fc.assert(fc.asyncProperty(anyLetter, counted(task, expectValidDocx)), runsOf(100));
  }, 300_000);

  it('or refused in French, naming each character XML forbids', async ({ task }) => {
    await fc.assert(fc.asyncProperty(hostileLetter, counted(task, expectValidDocx)), runsOf(100));
  }, 300_000);

  it('the check is real: a part holding U+FFFE is not well-formed', () => {
    expect(isXml('<a>Dupont\ufffe</a>')).toBe(false);
    expect(isXml('<a>Dupont\u0001</a>')).toBe(false);
    expect(isXml('<a>Dupont</a>')).toBe(true);
  });
});
