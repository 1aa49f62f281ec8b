import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterModels } from '../support/filled-letters';
import {
  DICTIONARY_LIMIT,
  dictionariesDir,
  frozenSlugs,
  recordedHashes,
  textHash,
  writeMissingDictionaries,
} from '../../fixtures/sending/write-dictionaries';
import { dictionaryFor } from '../../../src/lib/sending/dictionaries/index';

// `WRITE_SENDING_DICTIONARIES=1 npx vitest run tests/unit/sending/dictionaries.test.ts` writes
// the dictionary of a new model (never one that exists: old links must keep decoding).
if (process.env['WRITE_SENDING_DICTIONARIES'] === '1') writeMissingDictionaries(letterModels);

describe('the frozen dictionaries of the letter links', () => {
  it('every site model has one, loadable by its id', async () => {
    const missing = letterModels
      .map(({ slug }) => slug)
      .filter((slug) => !frozenSlugs().includes(slug));
    expect(
      missing,
      'run WRITE_SENDING_DICTIONARIES=1 npx vitest run ' +
        'tests/unit/sending/dictionaries.test.ts',
    ).toEqual([]);
    for (const { slug } of letterModels) {
      const bytes = await dictionaryFor(slug);
      expect(bytes?.length ?? 0).toBeGreaterThan(1000);
      expect(bytes?.length ?? Infinity).toBeLessThanOrEqual(DICTIONARY_LIMIT);
    }
  });

  it('none changed since it was written (old links must keep decoding)', async () => {
    const recorded = recordedHashes();
    expect(Object.keys(recorded).sort()).toEqual(frozenSlugs());
    for (const slug of frozenSlugs()) {
      expect(textHash((await dictionaryFor(slug)) ?? ''), slug).toBe(recorded[slug]);
    }
  });

  it('each says it is frozen, and an unknown id or a prototype key has none', async () => {
    for (const slug of frozenSlugs()) {
      const text = readFileSync(join(dictionariesDir, `${slug}.ts`), 'utf8');
      expect(text).toMatch(/^\/\/ Frozen dictionary/);
    }
    expect(await dictionaryFor('modele-inconnu')).toBeNull();
    expect(await dictionaryFor('__proto__')).toBeNull();
    expect(await dictionaryFor('constructor')).toBeNull();
  });
});
