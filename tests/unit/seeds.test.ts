import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterTypeSchema, type LetterType } from '../../src/lib/schemas/letter-type';
import { splitPlaceholders } from '../../src/lib/text/placeholders';
import { correctionsSchema } from '../../src/lib/schemas/correction';
import { resolveAgreement, stripAgreement } from '../../src/lib/text/agreement';
import { letterFiles, readYaml, sourceDocuments, sourcesDir } from './support/content';

/**
 * The product promise: every mission item of the five source documents (content/sources/)
 * reaches users word for word. Comparison ignores only what typography and obvious typo fixes
 * change: accents on capitals, apostrophes and quotes, spacing, œ, and the corrections of
 * content/corrections.yaml.
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

/** Mission items and paragraphs of a model: the texts that must come from its document. */
function modelTexts(type: LetterType): string[] {
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

/** The document's bulleted lines: its mission items. */
function documentItems(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[·-]\s/.test(line))
    .map((line) => line.replace(/^[·-]\s+/, ''))
    .filter((line) => !/^[….\s]*$/.test(line));
}

const documents = sourceDocuments();
const models = letterFiles().map(([slug, data]) => ({ slug, type: letterTypeSchema.parse(data) }));

/** The models that reproduce a document of content/sources/, with its file and title. */
const reproductions = models.flatMap(({ slug, type }) =>
  type.provenance.kind === 'source'
    ? [{ slug, type, file: type.provenance.file, title: type.provenance.title }]
    : [],
);

/** The text of a source document; a missing file fails the test that asks for it. */
function documentText(file: string): string {
  const text = documents.get(file);
  if (text === undefined) throw new Error(`content/sources/${file} est introuvable`);
  return text;
}

describe('the source documents are in the repository', () => {
  it('names, for every model reproducing a document, a file of content/sources/', () => {
    const missing = reproductions.filter(({ file }) => !documents.has(file));
    expect(missing.map(({ slug, file }) => `${slug} → ${file}`)).toEqual([]);
  });

  it('keeps the five documents the models were written from, none unused', () => {
    expect(reproductions.map(({ file }) => file).sort()).toEqual([...documents.keys()]);
    expect(documents.size).toBe(5);
  });

  it('keeps each document byte for byte, as its SHA-256 in content/sources/README.md says', () => {
    const readme = readFileSync(join(sourcesDir, 'README.md'), 'utf8');
    for (const file of documents.keys()) {
      const digest = createHash('sha256')
        .update(readFileSync(join(sourcesDir, file)))
        .digest('hex');
      expect(readme, file).toContain(`\`${file}\``);
      expect(readme, file).toContain(digest);
    }
  });

  it.each(reproductions.map((model) => [model.slug, model] as const))(
    'gives %s the real title of its document',
    (_slug, { file, title }) => {
      // A title is compared by its words: the document breaks it over lines and dashes.
      const words = (text: string) => normalise(text).replace(/[^a-z0-9]/g, '');
      expect(words(documentText(file).slice(0, 600))).toContain(words(title));
    },
  );
});

describe('every model reproduces its source document word for word', () => {
  it.each(reproductions.map((model) => [model.slug, model] as const))(
    'every item and paragraph of %s is in its document',
    (_slug, { type, file }) => {
      const source = normalise(documentText(file));
      const notInSource = modelTexts(type).flatMap((text) =>
        // An agreement group ({il|elle}) stands where the document wrote « il ou elle » or « (e) ».
        splitPlaceholders(stripAgreement(text, '{accord}'))
          .flatMap((part) => (part.kind === 'text' ? [normalise(part.text)] : []))
          .filter((chunk) => chunk.length > 3 && !source.includes(chunk)),
      );
      expect(notInSource).toEqual([]);
    },
  );

  it.each(reproductions.map((model) => [model.slug, model] as const))(
    'every mission item of the document of %s is in the model',
    (_slug, { type, file }) => {
      // The documents write the masculine (« il », « reconnu »): compare with that form.
      const masculine = modelTexts(type).map((text) => resolveAgreement(text, 'masculine'));
      const model = normalise(masculine.join('\n'));
      const items = documentItems(documentText(file));
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter((item) => !model.includes(normalise(item)))).toEqual([]);
    },
  );
});

describe('content/corrections.yaml', () => {
  it.each(corrections.map((correction) => [correction.original, correction] as const))(
    '« %s » is in the document of its model, and corrected in the model',
    (_original, { model, original, corrected }) => {
      const found = reproductions.find((candidate) => candidate.slug === model);
      expect(found, `modèle ${model}`).toBeDefined();
      const source = fold(found ? documentText(found.file) : '');
      expect(source).toContain(fold(original));
      const texts = fold(found ? modelTexts(found.type).join('\n') : '');
      // A fix of spacing alone (« et/ ou ») folds to the same text: only the source check applies.
      if (fold(original) !== fold(corrected)) expect(texts).not.toContain(fold(original));
      expect(texts).toContain(fold(corrected));
    },
  );
});
