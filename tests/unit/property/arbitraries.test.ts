import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { letterSchema, type Letter } from '../../../src/lib/schemas/letter';
import { MAX_REVISION } from '../../../src/lib/schemas/revision';
import { anyLetter, models, printableLetter } from './arbitraries';
import { runs } from './runs';

// The properties are only as strong as what they are fed: these checks fail if the generators
// stop producing the hard cases the properties are meant to meet.

let sampled: Letter[] | undefined;
/**
 * 150 letters from a fixed seed, in both modes: these check the generators, and fewer letters
 * would miss one of the real models now and then. Made by the first test that reads them (the
 * time shows there, not in the file's import).
 */
const sample = () => (sampled ??= fc.sample(anyLetter, { numRuns: 150, seed: 8 }));

/** Every text a user can type in the letter, in one list. */
const texts = (letter: Letter) => [
  letter.title,
  letter.objet,
  ...Object.values(letter.values),
  ...[letter.vu, letter.preamble, letter.closing, letter.copies].flat().map((item) => item.text),
  ...letter.sections.flatMap((section) => [
    section.title,
    ...section.blocks.flatMap((block) =>
      block.type === 'paragraph' ? [block.text] : block.items.map((item) => item.text),
    ),
  ]),
  ...letter.signatures.flatMap((signatory) => [signatory.label, signatory.name]),
];
const anyText = (test: (text: string) => boolean) =>
  sample().some((letter) => texts(letter).some(test));

describe('the generated letters', () => {
  it('are all accepted by the letter schema', ({ task }) => {
    task.meta.propertyRuns = sample().length;
    for (const letter of sample()) expect(letterSchema.safeParse(letter).success).toBe(true);
  });

  it('come from every real model', () => {
    expect(new Set(sample().map((letter) => letter.typeId))).toEqual(
      new Set(models.map(({ slug }) => slug)),
    );
  });

  it('hold emoji, right-to-left text, combining marks, braces, long words and empty texts', () => {
    expect(anyText((text) => /\p{Extended_Pictographic}/u.test(text))).toBe(true);
    expect(anyText((text) => /[\u0590-\u06ff]/u.test(text))).toBe(true);
    expect(anyText((text) => /\p{M}/u.test(text))).toBe(true);
    expect(anyText((text) => /\{[^}]*\}/u.test(text))).toBe(true);
    expect(anyText((text) => /[^\s]{500}/u.test(text))).toBe(true);
    expect(anyText((text) => text === '')).toBe(true);
  });

  it('add, remove and reorder list entries', () => {
    const ids = (letter: Letter) => letter.copies.map((item) => item.id);
    expect(sample().some((letter) => ids(letter).some((id) => !id.startsWith('p-')))).toBe(true);
    expect(sample().some((letter) => letter.copies.length === 0)).toBe(true);
    expect(sample().some((letter) => letter.sections.length === 0)).toBe(true);
    const order = (list: string[]) => list.map((id) => Number(id.slice(2)));
    expect(
      sample().some((letter) => {
        const numbers = order(ids(letter).filter((id) => id.startsWith('p-')));
        return numbers.some((n, i) => i > 0 && n < (numbers[i - 1] ?? 0));
      }),
    ).toBe(true);
  });

  it('reach the bounds of IMP counts and revisions, and leave parts out', () => {
    const counts = sample().flatMap((letter) => letter.imp?.lines.map((line) => line.count) ?? []);
    expect(counts).toEqual(expect.arrayContaining([0, 20, null]));
    expect(sample().some((letter) => letter.revision === MAX_REVISION)).toBe(true);
    expect(sample().some((letter) => letter.imp === null)).toBe(true);
    expect(sample().some((letter) => letter.date === '')).toBe(true);
    expect(
      sample().some((letter) => letter.fields.some((field) => !(field.id in letter.values))),
    ).toBe(true);
    expect(sample().some((letter) => letter.signatures.length > 3)).toBe(true);
  });

  it('hold only characters the PDF fonts draw when asked to', ({ task }) => {
    const printable = fc.sample(printableLetter, { numRuns: runs(40), seed: 8 });
    task.meta.propertyRuns = printable.length;
    for (const letter of printable) {
      for (const text of texts(letter)) expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });
});
