import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importedSentence, parseModelFile, planModelImport } from '../../../src/lib/models/share';
import { migrateUserModel } from '../../../src/lib/models/migrate';
import { createLetter } from '../../../src/lib/letters/create';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { emptySchool } from '../../../src/lib/schemas/school';

// The hostile model files of tests/fixtures/models/, each imported as the page does: what the
// user is told, and for each model accepted, a letter made from it that can be saved.

const dir = new URL('../../fixtures/models/', import.meta.url);

interface Expected {
  outcome: 'accepted' | 'repaired' | 'refused';
  repairedIds?: number;
  notice?: string;
  message?: string;
  detail?: string;
}

const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<
  string,
  Expected
>;

/** The file as the browser gives it: its size in bytes, its text on demand. */
function fileOf(name: string) {
  const bytes = readFileSync(new URL(name, dir));
  return { size: bytes.length, text: () => Promise.resolve(bytes.toString('utf8')) };
}

describe.each(Object.entries(expected))('%s', (name, want) => {
  it(`is ${want.outcome}`, async () => {
    const parsed = await parseModelFile(fileOf(name));
    if (want.outcome === 'refused') {
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.message).toBe(want.message);
      if (want.detail) expect(parsed.details).toContain(want.detail);
      return;
    }
    if (!parsed.ok) throw new Error(parsed.details.join('\n'));
    expect(parsed.repairedIds).toBe(want.repairedIds);
    const plan = planModelImport(parsed.model, [], new Set());
    if (want.notice) expect(importedSentence(plan, parsed.repairedIds)).toBe(want.notice);
    const letter = createLetter(parsed.model.id, parsed.model.model, emptySchool, new Date());
    expect(letterSchema.safeParse(letter).error?.issues ?? []).toEqual([]);
  });
});

describe('a model stored or backed up with repeated ids', () => {
  it('is repaired when read, as an imported one', async () => {
    const raw = JSON.parse(await fileOf('duplicate-imp-column-ids.json').text()) as {
      model: unknown;
    };
    const read = migrateUserModel(raw.model, 'modèle');
    expect(read.ok && read.record.model.imp?.columns.map((column) => column.id)).toEqual([
      'rectorat',
      'rectorat2',
    ]);
    expect(read.ok && read.repairedIds).toBe(1);
  });
});
