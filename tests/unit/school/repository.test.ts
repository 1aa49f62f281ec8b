import { describe, expect, it } from 'vitest';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { SchoolRevisionConflict } from '../../../src/lib/school/errors';
import { emptySchool } from '../../../src/lib/schemas/school';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { QuotaStore, SelectiveFailStore } from '../support/failing-store';

const at = new Date('2026-11-23T08:30:00.000Z');
const clock = () => at;
const school = { ...emptySchool, etablissement: 'Collège Jean Moulin', ville: 'Melun' };

/** The school part of a repository over `store`. */
const schools = (store: MemoryStore) => new LetterRepository(store, clock).school;

describe('saving « Mon établissement » with revisions', () => {
  it('writes revision 1, then 2, each based on the one before', async () => {
    const store = new MemoryStore();
    const repo = schools(store);
    expect(await repo.open()).toEqual({ kind: 'missing' });
    const first = await repo.save(school, 0);
    expect(first).toEqual({
      ...school,
      schemaVersion: 1,
      revision: 1,
      updatedAt: at.toISOString(),
    });
    await repo.save({ ...school, ville: 'Meaux' }, 1);
    expect(await repo.open()).toMatchObject({
      kind: 'found',
      record: { ville: 'Meaux', revision: 2 },
    });
  });

  it('refuses a save based on an older revision, writing nothing', async () => {
    const store = new MemoryStore();
    const repo = schools(store);
    await repo.save(school, 0);
    await repo.save({ ...school, ville: 'Meaux' }, 1); // the other tab
    const error = await repo.save({ ...school, ville: 'Provins' }, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchoolRevisionConflict);
    expect((error as SchoolRevisionConflict).theirs).toMatchObject({ ville: 'Meaux', revision: 2 });
    expect((await repo.get()).ville).toBe('Meaux');
  });

  it('refuses a revision that would break the check, writing nothing', async () => {
    const store = new MemoryStore();
    for (const revision of [-1, 1.5, 1_000_000_000, 2 ** 53, Number.NaN])
      await expect(schools(store).save(school, revision)).rejects.toThrow();
    expect(await store.get('school')).toBeNull();
  });

  it('a full disk rejects the save and keeps the stored record', async () => {
    const store = new QuotaStore();
    store.full = false;
    await schools(store).save(school, 0);
    store.full = true;
    await expect(schools(store).save({ ...school, ville: 'Meaux' }, 1)).rejects.toThrow(/quota/);
    expect(await schools(store).open()).toMatchObject({ record: { ville: 'Melun', revision: 1 } });
  });
});

describe('a record saved before revisions', () => {
  it('is read as revision 0 and written back in the current format', async () => {
    const store = new MemoryStore();
    await store.set('school', school);
    const opened = await schools(store).open();
    expect(opened).toEqual({
      kind: 'found',
      record: { ...school, schemaVersion: 1, revision: 0 },
    });
    expect(await store.get('school')).toEqual({ ...school, schemaVersion: 1, revision: 0 });
    await schools(store).save({ ...school, ville: 'Meaux' }, 0);
    expect(await store.get('school')).toMatchObject({ ville: 'Meaux', revision: 1 });
  });

  it('stays readable when writing it back fails', async () => {
    const store = new SelectiveFailStore();
    await store.set('school', school);
    store.failOn = () => true;
    expect(await schools(store).open()).toMatchObject({ kind: 'found', record: { revision: 0 } });
    expect(await store.get('school')).toEqual(school);
  });
});

describe('an unreadable record', () => {
  const unreadable = [
    ['an unknown key (a newer version)', { ...school, couleur: 'bleu' }],
    ['a newer format', { ...school, schemaVersion: 2, revision: 4 }],
    ['a string', 'Collège Jean Moulin'],
    [
      'an SVG logo and an unknown key',
      {
        ...school,
        couleur: 'bleu',
        logo: { dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+', width: 1, height: 1 },
      },
    ],
  ] as const;

  it.each(unreadable)('with %s is set aside, not replaced by an empty school', async (_, raw) => {
    const store = new MemoryStore();
    await store.set('school', raw);
    const opened = await schools(store).open();
    expect(opened.kind).toBe('set-aside');
    expect(await store.get('quarantine:school')).toEqual(raw);
    expect(await store.get('school')).toEqual(raw);
    expect(await schools(store).get()).toEqual(emptySchool);
  });

  it('stays set aside when a new school is saved over it, and is listed as such', async () => {
    const store = new MemoryStore();
    const raw = { ...school, couleur: 'bleu' };
    await store.set('school', raw);
    const repo = new LetterRepository(store, clock);
    await repo.school.save({ ...emptySchool, ville: 'M' }, 0);
    expect(await store.get('school')).toMatchObject({ ville: 'M', revision: 1 });
    expect(await repo.quarantined()).toEqual([{ key: 'quarantine:school', raw }]);
    const aside = await repo.school.setAside();
    expect(aside?.key).toBe('school');
    expect(aside?.problems.join(' ')).toContain('couleur');
  });

  it('is not replaced when copying it aside fails: the save fails instead', async () => {
    const store = new SelectiveFailStore();
    const raw = 'Collège Jean Moulin';
    await store.set('school', raw);
    store.failOn = (key) => key.startsWith('quarantine:');
    await expect(schools(store).save(school, 0)).rejects.toThrow();
    expect(await store.get('school')).toBe(raw);
  });
});

describe('a school imported from a backup', () => {
  it('fills an empty « Mon établissement » with a new revision', async () => {
    const store = new MemoryStore();
    const repo = schools(store);
    await repo.save(emptySchool, 0);
    expect(await repo.fillIfBlank(school)).toMatchObject({ ville: 'Melun', revision: 2 });
    // A tab that edited revision 1 meanwhile is told, not overwritten.
    await expect(repo.save({ ...emptySchool, ville: 'Meaux' }, 1)).rejects.toBeInstanceOf(
      SchoolRevisionConflict,
    );
  });

  it('never replaces a school already entered', async () => {
    const store = new MemoryStore();
    const repo = schools(store);
    await repo.save({ ...emptySchool, ville: 'Meaux' }, 0);
    expect(await repo.fillIfBlank(school)).toBeNull();
    expect(await repo.open()).toMatchObject({ record: { ville: 'Meaux', revision: 1 } });
  });

  it('keeps an unreadable record aside before filling', async () => {
    const store = new MemoryStore();
    await store.set('school', 42);
    expect(await schools(store).fillIfBlank(school)).toMatchObject({ revision: 1 });
    expect(await store.get('quarantine:school')).toBe(42);
  });
});

describe('a record whose logo alone cannot be read', () => {
  const badLogo = { dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+', width: 1, height: 1 };
  const raw = { ...school, schemaVersion: 1, revision: 3, logo: badLogo };

  it('opens with its other fields, the logo copied aside alone and said in French', async () => {
    const store = new MemoryStore();
    await store.set('school', raw);
    const opened = await schools(store).open();
    expect(opened).toEqual({
      kind: 'found',
      record: { ...school, schemaVersion: 1, revision: 3 },
      imagesSetAside: {
        logo: [
          '«\u00a0Mon établissement\u00a0» › l’image du logo\u00a0: image invalide (PNG ou JPEG attendue)',
        ],
      },
    });
    expect(await store.get('quarantine:school:logo')).toEqual(badLogo);
    expect(await store.get('quarantine:school')).toBeNull();
    expect(await schools(store).get()).toEqual(school);
  });

  it('is kept aside before the next save drops it, even when the form never opened', async () => {
    const store = new MemoryStore();
    await store.set('school', raw);
    const repo = schools(store);
    await repo.setImpAllocation('2026-2027', 120_000);
    expect(await store.get('quarantine:school:logo')).toEqual(badLogo);
    expect(await store.get('school')).not.toHaveProperty('logo');
    expect(await repo.save({ ...school, ville: 'Meaux' }, 4)).toMatchObject({ revision: 5 });
  });

  it('is not dropped when copying it aside fails: the save fails instead', async () => {
    const store = new SelectiveFailStore();
    await store.set('school', raw);
    store.failOn = (key) => key.startsWith('quarantine:');
    expect(await schools(store).open()).toMatchObject({
      kind: 'found',
      imagesSetAside: { logo: [expect.any(String)] },
    });
    await expect(schools(store).save(school, 3)).rejects.toThrow();
    expect(await store.get('school')).toEqual(raw);
  });
});

describe('a backup’s school saved before the limits', () => {
  it('fills an empty « Mon établissement » whole, its long name kept', async () => {
    const store = new MemoryStore();
    const long = { ...school, etablissement: 'Collège '.repeat(20).trim() };
    expect(long.etablissement.length).toBeGreaterThan(100);
    expect(await schools(store).fillIfBlank(long)).toMatchObject({
      etablissement: long.etablissement,
      revision: 1,
    });
  });
});
