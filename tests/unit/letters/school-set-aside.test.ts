import { describe, expect, it } from 'vitest';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { emptySchool } from '../../../src/lib/schemas/school';
import { MemoryStore } from '../../../src/lib/storage/memory-store';

const edited = { ...emptySchool, ville: 'Fontainebleau' };

describe('saving « Mon établissement » over a record it cannot read', () => {
  it.each([
    ['a string', 'Collège Jean Moulin'],
    ['a newer format', { ...emptySchool, etablissement: 'Collège Jean Moulin', siret: '1234' }],
  ])('keeps %s aside, then writes the edit', async (_name, raw) => {
    const store = new MemoryStore();
    await store.set('school', raw);
    const repo = new LetterRepository(store);

    await repo.school.save(edited, 0);

    expect(await repo.quarantined()).toEqual([{ key: 'quarantine:school', raw }]);
    expect(await repo.getSchool()).toEqual(edited);
  });

  it('sets nothing aside when the stored school was readable', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store);
    await repo.school.save({ ...emptySchool, ville: 'Melun' }, 0);

    await repo.school.save(edited, 1);

    expect(await repo.quarantined()).toEqual([]);
    expect(await repo.getSchool()).toEqual(edited);
  });
});
