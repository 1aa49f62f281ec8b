import { describe, expect, it } from 'vitest';
import { letterTypeSchema, type LetterType } from '../../src/lib/schemas/letter-type';
import { splitPlaceholders } from '../../src/lib/text/placeholders';
import { correctionsSchema } from '../../src/lib/schemas/correction';
import { resolveAgreement, stripAgreement } from '../../src/lib/text/agreement';
import { letterFiles, readYaml, seeds } from './support/content';

/**
 * The product promise: every mission item of the five seed documents reaches users word for
 * word. Comparison ignores only what typography and obvious typo fixes change: accents on
 * capitals, apostrophes and quotes, spacing, œ, and the corrections of content/corrections.yaml.
 */
const corrections = correctionsSchema.parse(readYaml('corrections.yaml'));

function normalise(text: string): string {
  let out = fold(text);
  for (const { original, corrected } of corrections) {
    out = out.split(fold(original)).join(fold(corrected));
  }
  return out;
}

function fold(text: string): string {
  return (
    text
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
      .replace(/^[,;:]+|[,;:]+$/g, '')
  );
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
    ...type.notes,
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
        // An agreement group ({il|elle}) stands where the seed wrote « il ou elle » or « (e) ».
        splitPlaceholders(stripAgreement(text, '{accord}'))
          .flatMap((part) => (part.kind === 'text' ? [normalise(part.text)] : []))
          .filter((chunk) => chunk.length > 3 && !seed.includes(chunk)),
      );
      expect(notInSeed).toEqual([]);
    },
  );

  it.each(models.map((model) => [model.slug, model] as const))(
    'every mission item of the seed of %s is in the model',
    (_slug, { type }) => {
      // The seeds write the masculine (« il », « reconnu »): compare with that form.
      const masculine = seedTexts(type).map((text) => resolveAgreement(text, 'masculine'));
      const model = normalise(masculine.join('\n'));
      const missing = seedItems(seedTextByName.get(type.seed) ?? '').filter(
        (item) => !model.includes(normalise(item)),
      );
      expect(missing).toEqual([]);
    },
  );
});

describe('content/corrections.yaml', () => {
  it.each(corrections.map((correction) => [correction.original, correction] as const))(
    '« %s » is in the seed of its model, and corrected in the model',
    (_original, { model, original, corrected }) => {
      const found = models.find((candidate) => candidate.slug === model);
      expect(found, `modèle ${model}`).toBeDefined();
      const seed = fold(seedTextByName.get(found?.type.seed ?? '') ?? '');
      expect(seed).toContain(fold(original));
      const texts = fold(found ? seedTexts(found.type).join('\n') : '');
      // A fix of spacing alone (« et/ ou ») folds to the same text: only the seed check applies.
      if (fold(original) !== fold(corrected)) expect(texts).not.toContain(fold(original));
      expect(texts).toContain(fold(corrected));
    },
  );
});
