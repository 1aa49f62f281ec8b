import { describe, expect, it } from 'vitest';
import { letterTypeSchema, type LetterType } from '../../src/lib/schemas/letter-type';
import { splitPlaceholders } from '../../src/lib/text/placeholders';
import { letterFiles, seeds } from './support/content';

/**
 * The product promise: every mission item of the five seed documents reaches users word for
 * word. Comparison ignores only what typography and obvious typo fixes change: accents on
 * capitals, apostrophes and quotes, spacing, œ, and the typos listed here.
 */
const typoFixes: [RegExp, string][] = [
  [/informier/g, 'informer'],
  [/montant eu euros/g, 'montant en euros'],
];

function normalise(text: string): string {
  let out = text
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`]/g, "'")
    .replace(/[«»“”]/g, '"')
    .replace(/[–—]/g, '-')
    // Spacing is typography, not wording: compare without it.
    .replace(/\s+/g, '')
    // A blank's surrounding punctuation may be tidied (« M. ……, chef… »).
    .replace(/^[,;:]+|[,;:]+$/g, '');
  for (const [typo, fix] of typoFixes) out = out.replace(typo, fix);
  return out;
}

/** Mission items and paragraphs of a model: the texts that must come from its seed. */
function seedTexts(type: LetterType): string[] {
  return [
    ...type.vu,
    ...type.preamble,
    ...type.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.items)),
    ),
    ...type.closing,
    ...(type.imp?.note ? [type.imp.note] : []),
  ];
}

/** The seed's bulleted lines: its mission items. */
function seedItems(seed: string): string[] {
  return seed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[·-]\s/.test(line))
    .map((line) => line.replace(/^[·-]\s+/, ''))
    .filter((line) => !/^[….\s]*$/.test(line));
}

const seedTextByName = seeds();
const models = letterFiles().map(([slug, data]) => {
  const type = letterTypeSchema.parse(data);
  return { slug, type, seed: normalise(seedTextByName.get(type.seed) ?? '') };
});

describe('every model reproduces its seed word for word', () => {
  it('has one model per seed', () => {
    expect(models.map((model) => model.type.seed).sort()).toEqual([...seedTextByName.keys()]);
  });

  it.each(models.map((model) => [model.slug, model] as const))(
    'every item and paragraph of %s is in its seed',
    (_slug, { type, seed }) => {
      const notInSeed = seedTexts(type).flatMap((text) =>
        splitPlaceholders(text)
          .flatMap((part) => (part.kind === 'text' ? [normalise(part.text)] : []))
          .filter((chunk) => chunk.length > 3 && !seed.includes(chunk)),
      );
      expect(notInSeed).toEqual([]);
    },
  );

  it.each(models.map((model) => [model.slug, model] as const))(
    'every mission item of the seed of %s is in the model',
    (_slug, { type }) => {
      const model = normalise(seedTexts(type).join('\n'));
      const missing = seedItems(seedTextByName.get(type.seed) ?? '').filter(
        (item) => !model.includes(normalise(item)),
      );
      expect(missing).toEqual([]);
    },
  );
});
