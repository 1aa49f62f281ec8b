import { describe, expect, it } from 'vitest';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { SchoolRevisionConflict } from '../../../src/lib/school/errors';
import { isBlank } from '../../../src/lib/school/blank';
import { emptySchool, headingOf } from '../../../src/lib/schemas/school';
import { InvalidSchoolError } from '../../../src/lib/school/errors';
import { MemoryStore } from '../../../src/lib/storage/memory-store';

const at = new Date('2027-03-02T08:30:00.000Z');
const schools = (store: MemoryStore) => new LetterRepository(store, () => at).school;
const school = { ...emptySchool, etablissement: 'Collège Jean Moulin', ville: 'Melun' };

describe('the IMP allocation kept with « Mon établissement »', () => {
  it('is set per school year on the stored record, bumping its revision', async () => {
    const store = new MemoryStore();
    const repo = schools(store);
    await repo.save(school, 0);
    const first = await repo.setImpAllocation('2027-2028', 4_500_000);
    expect(first).toMatchObject({
      ...school,
      revision: 2,
      impAllocations: { '2027-2028': 4_500_000 },
    });
    const second = await repo.setImpAllocation('2026-2027', 4_000_050);
    expect(second.impAllocations).toEqual({ '2027-2028': 4_500_000, '2026-2027': 4_000_050 });
    expect(await repo.open()).toMatchObject({
      kind: 'found',
      record: { revision: 3, ville: 'Melun' },
    });
  });

  it('is removed with null, leaving no empty object behind', async () => {
    const store = new MemoryStore();
    const repo = schools(store);
    await repo.setImpAllocation('2027-2028', 100);
    const record = await repo.setImpAllocation('2027-2028', null);
    expect(record).not.toHaveProperty('impAllocations');
  });

  it('gives a tab with edits based on the former revision a conflict, not an overwrite', async () => {
    const store = new MemoryStore();
    const repo = schools(store);
    await repo.save(school, 0);
    await repo.setImpAllocation('2027-2028', 4_500_000);
    const error = await repo.save({ ...school, ville: 'Meaux' }, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchoolRevisionConflict);
    expect(await repo.get()).toMatchObject({
      ville: 'Melun',
      impAllocations: { '2027-2028': 4_500_000 },
    });
  });

  it('refuses a float, a negative amount or a mistyped year, writing nothing', async () => {
    const store = new MemoryStore();
    const repo = schools(store);
    for (const [year, cents] of [
      ['2027-2028', 12.5],
      ['2027-2028', -1],
      ['2027-2029', 100],
      ['2027', 100],
    ] as const) {
      const error = await repo.setImpAllocation(year, cents).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidSchoolError);
    }
    expect(await repo.open()).toEqual({ kind: 'missing' });
  });

  it('still reads a record saved before allocations existed', async () => {
    const store = new MemoryStore();
    await store.set('school', { ...school, schemaVersion: 1, revision: 4 });
    const repo = schools(store);
    expect(await repo.open()).toMatchObject({ kind: 'found', record: { revision: 4 } });
    expect((await repo.setImpAllocation('2027-2028', 1)).revision).toBe(5);
  });

  it('never goes into a letter’s heading, and makes the school not blank', () => {
    const withAllocation = { ...emptySchool, impAllocations: { '2027-2028': 100 } };
    expect(headingOf({ ...school, ...withAllocation, etablissement: 'X' })).not.toHaveProperty(
      'impAllocations',
    );
    expect(isBlank(withAllocation)).toBe(false);
    expect(isBlank(emptySchool)).toBe(true);
  });
});
