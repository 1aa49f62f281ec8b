import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acronymCandidates, markAcronyms, type Acronym } from '../../../src/lib/text/acronyms';
import { resolveAgreement } from '../../../src/lib/text/agreement';
import { cleanInvisible } from '../../../src/lib/text/clean-invisible';
import { fold, foldCompact } from '../../../src/lib/text/fold';
import { splitPlaceholders } from '../../../src/lib/text/placeholders';
import { parseTemplate, writeTemplate } from '../../../src/lib/text/template';
import { frenchTypography } from '../../../src/lib/text/typography';
import { hasUnbrokenRun } from '../../../src/lib/text/unbroken';
import { typesetter } from '../../../src/lib/document/fill';
import { unknownBlanks } from '../../../src/lib/checks/unknown-blanks';
import { wrapText } from '../../../src/lib/pdf/wrap';
import type { Measure, TextStyle } from '../../../src/lib/pdf/page';
import { counted, runs } from './runs';

// Issue 22: a pasted run of one character must come out right, whatever its length, from every
// text rule of the keystroke, preview and PDF path. Their time growth is in `npm run bench`
// (bench/text-growth.mjs); no test here is timed. The 20 000 capitals that froze the editor
// did so in Chromium's layout of the preview (kerning), not in these rules: see
// tests/e2e/long-paste.e2e.ts.

/** Each class of characters a hostile paste may repeat, as the unit repeated. */
const CLASSES = {
  capitals: 'A',
  lowerCase: 'x',
  digits: '7',
  combiningMarks: 'e\u0301',
  bracesAndBars: '{|}',
  spaces: ' ',
  noBreakSpaces: '\u00a0',
  narrowNoBreakSpaces: '\u202f',
  apostrophes: "'",
  punctuation: '; : ! ? . , « » ',
} as const;

type Kind = keyof typeof CLASSES;

/** About `length` characters (UTF-16 code units) of one class: its unit repeated. */
const run = (kind: Kind, length: number) =>
  CLASSES[kind].repeat(Math.ceil(length / CLASSES[kind].length));

/** A long run: 5 000 to 50 000 characters of one class, alone or after a few words. */
const longRun = (kinds: readonly Kind[]) =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    length: fc.integer({ min: 5_000, max: 50_000 }),
    before: fc.constantFrom('', 'Nom : '),
  });

const WORDS: readonly Kind[] = ['capitals', 'lowerCase', 'digits', 'combiningMarks'];
const ALL = Object.keys(CLASSES) as Kind[];

/** The glossary as the guide pages give it (two entries are enough). */
const glossary: Acronym[] = [
  { id: 'ap', term: 'AP', variants: [], expansion: 'Accompagnement personnalisé' },
  { id: 'ce2', term: 'CE2', variants: [], expansion: 'Cours élémentaire deuxième année' },
];

/** A fake font: every character 0.5 mm wide at 10 pt, in proportion to the size. */
const fakeMeasure: Measure = (text, _font, size) => [...text].length * 0.05 * size;
const style: TextStyle = { font: 'regular', size: 10.5, leading: 1.4 };
const WIDTH = 160;

describe('a long run of one character class', () => {
  it('is kept as typed by the typography when it holds no sign it sets', ({ task }) => {
    fc.assert(
      fc.property(
        longRun(WORDS),
        counted(task, ({ kind, length, before }) => {
          const text = `${before}${run(kind, length)}`;
          const expected = `${before.replace(' :', '\u00a0:')}${run(kind, length)}`;
          expect(frenchTypography(text)).toBe(expected);
        }),
      ),
      { numRuns: runs(20) },
    );
  });

  it('of spaces, apostrophes or punctuation gets its typography once: applying it again changes nothing', ({
    task,
  }) => {
    fc.assert(
      fc.property(
        longRun(['spaces', 'noBreakSpaces', 'narrowNoBreakSpaces', 'apostrophes', 'punctuation']),
        counted(task, ({ kind, length, before }) => {
          const text = `mot${run(kind, length)}mot`;
          const set = frenchTypography(`${before}${text}`);
          expect(frenchTypography(set)).toBe(set);
          if (kind === 'apostrophes') expect(set).toContain(`mot${'’'.repeat(length)}mot`);
          // One space per gap, the no-break one winning.
          if (kind === 'spaces') expect(set.endsWith('mot mot')).toBe(true);
          if (kind === 'noBreakSpaces') expect(set.endsWith('mot\u00a0mot')).toBe(true);
          if (kind === 'narrowNoBreakSpaces') expect(set.endsWith('mot\u202fmot')).toBe(true);
        }),
      ),
      { numRuns: runs(20) },
    );
  });

  it('of capitals is one acronym candidate and no known acronym; spaced acronyms are each found', ({
    task,
  }) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5_000, max: 50_000 }),
        counted(task, (count) => {
          const capitals = 'A'.repeat(count);
          expect(acronymCandidates(capitals)).toEqual([capitals]);
          expect(markAcronyms(capitals, glossary)).toEqual([{ kind: 'text', text: capitals }]);
          expect(acronymCandidates('x'.repeat(count))).toEqual([]);
          const spaced = 'AP '.repeat(count / 10);
          const parts = markAcronyms(spaced, glossary);
          expect(parts.filter((part) => part.kind === 'acronym')).toHaveLength(
            Math.floor(count / 10),
          );
          expect(parts.map((part) => part.text).join('')).toBe(spaced);
          expect(acronymCandidates('CE2-AP '.repeat(count / 10))).toHaveLength(
            Math.floor(count / 10),
          );
        }),
      ),
      { numRuns: runs(20) },
    );
  });

  it('reads as literal text in the template syntax, and agreements in it are all resolved', ({
    task,
  }) => {
    fc.assert(
      fc.property(
        longRun(ALL),
        counted(task, ({ kind, length, before }) => {
          const text = `${before}${run(kind, length)}`;
          const parsed = parseTemplate(text);
          expect(parsed).toEqual([{ kind: 'text', text }]);
          expect(parseTemplate(writeTemplate(parsed))).toEqual(parsed);
          expect(resolveAgreement(text, null)).toBe(text);
          expect(splitPlaceholders(text)).toEqual([{ kind: 'text', text }]);
          // « {|} » names no field: listed once, as typed, however often it is repeated.
          expect(unknownBlanks(text, new Set(['nom']))).toEqual(
            kind === 'bracesAndBars' ? ['{|}'] : [],
          );
          const groups = `{il|elle} `.repeat(Math.ceil(length / 10));
          expect(resolveAgreement(groups, 'feminine')).toBe('elle '.repeat(Math.ceil(length / 10)));
        }),
      ),
      { numRuns: runs(20) },
    );
  });

  it('is folded for a search and cleaned of nothing visible', ({ task }) => {
    fc.assert(
      fc.property(
        longRun(ALL),
        counted(task, ({ kind, length }) => {
          const text = run(kind, length);
          expect(cleanInvisible(text)).toBe(text);
          // Accents and case gone; no letter nor digit left in a run of signs or spaces.
          const folded: Partial<Record<Kind, string>> = {
            capitals: 'a'.repeat(text.length),
            combiningMarks: 'e'.repeat(text.length / 2),
            digits: text,
            lowerCase: text,
          };
          const expected = folded[kind];
          if (expected === undefined) expect(foldCompact(text)).toBe('');
          else {
            expect(fold(text)).toBe(expected);
            expect(foldCompact(`${text}-${text}`)).toBe(`${expected}${expected}`);
          }
        }),
      ),
      { numRuns: runs(20) },
    );
  });

  it('is filled into its blank and printed whole', ({ task }) => {
    fc.assert(
      fc.property(
        longRun(WORDS),
        counted(task, ({ kind, length }) => {
          const value = run(kind, length);
          const typeset = typesetter({ nom: value });
          expect(typeset('Madame {nom},')).toBe(`Madame ${value},`);
          expect(hasUnbrokenRun(value)).toBe(true);
          expect(hasUnbrokenRun(`${value} `.replace(/(.{40})/gu, '$1 '))).toBe(false);
        }),
      ),
      { numRuns: runs(20) },
    );
  });

  it('is wrapped into lines that fit and keep every character, measuring in proportion to its length', ({
    task,
  }) => {
    fc.assert(
      fc.property(
        longRun(ALL),
        counted(task, ({ kind, length, before }) => {
          /** The lines of `text`, and how many characters the measure was given to get them. */
          const wrapped = (text: string) => {
            let measured = 0;
            const measure: Measure = (line, font, size) => {
              measured += line.length;
              return fakeMeasure(line, font, size);
            };
            return { lines: wrapText(text, WIDTH, style, measure), measured };
          };
          const text = `${before}${run(kind, length)}`;
          const { lines, measured } = wrapped(text);
          const kept = (value: string) => value.normalize('NFC').replace(/ /g, '');
          expect(lines.map(kept).join('')).toBe(kept(text));
          for (const line of lines) {
            const width = fakeMeasure(line, style.font, style.size);
            expect(width <= WIDTH || [...line].length === 1).toBe(true);
          }
          // Ten times the text, at most twelve times the measuring (the work that grew with
          // the square of a word's length before `breakWord` measured each character once).
          const tenfold = wrapped(`${before}${run(kind, 10 * length)}`);
          expect(tenfold.measured).toBeLessThanOrEqual(12 * Math.max(measured, 1));
        }),
      ),
      { numRuns: runs(20) },
    );
  });
});
