import { describe, expect, it } from 'vitest';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { RevisionConflict, InvalidLetterError } from '../../../src/lib/letters/errors';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { emptySchool } from '../../../src/lib/schemas/school';
import { letterFixture, makeLetter } from '../../fixtures/make-letter';
import { SelectiveFailStore } from '../support/failing-store';

const clock = () => new Date('2026-11-23T08:30:00.000Z');

describe('listing letters when one record is broken', () => {
  it('lists the valid ones, reports the broken one and keeps its raw value in quarantine', async () => {
    const store = new MemoryStore();
    const broken = letterFixture('broken');
    await store.set('letter:v1-1', letterFixture('v1'));
    await store.set('letter:broken-1', broken);
    const repo = new LetterRepository(store, clock);

    const { letters, rejected } = await repo.list();

    expect(letters.map((l) => l.id)).toEqual(['v1-1']);
    expect(rejected).toEqual([
      {
        key: 'letter:broken-1',
        problems: [
          // Named in words: a head knows her letters by their title, never by a storage key.
          'Une lettre sans titre lisible (réf.\u00a0broken-1) › le titre\u00a0: attendu un texte, trouvé un nombre',
          'Une lettre sans titre lisible (réf.\u00a0broken-1) › les sections\u00a0: attendu une liste, trouvé un texte',
        ],
      },
    ]);
    expect(await store.get('quarantine:letter:broken-1')).toEqual(broken);
    expect(await store.get('letter:broken-1')).toEqual(broken); // never dropped
    expect(await repo.quarantined()).toEqual([{ key: 'quarantine:letter:broken-1', raw: broken }]);
  });

  it('a letter from a newer version of the site is reported, not overwritten', async () => {
    const store = new MemoryStore();
    await store.set('letter:future-1', letterFixture('future'));
    const { letters, rejected } = await new LetterRepository(store, clock).list();
    expect(letters).toEqual([]);
    expect(rejected[0]?.problems[0]).toContain('version plus récente du site');
    expect(await store.get('letter:future-1')).toEqual(letterFixture('future'));
  });

  it('a record stored under another letter’s key is refused', async () => {
    const store = new MemoryStore();
    await store.set('letter:autre', letterFixture('v1'));
    const { rejected } = await new LetterRepository(store, clock).list();
    expect(rejected[0]?.problems).toEqual([
      'La lettre «\u00a0Lettre de mission du référent décrochage\u00a0» › l’identifiant\u00a0: «\u00a0v1-1\u00a0» ne correspond pas à la clé',
    ]);
  });

  it('reads every record in one pass, not one read per letter', async () => {
    class CountingStore extends MemoryStore {
      gets = 0;
      override get(key: string): Promise<unknown> {
        this.gets += 1;
        return super.get(key);
      }
    }
    const store = new CountingStore();
    const repo = new LetterRepository(store, clock);
    for (const prefix of ['a', 'b', 'c']) await repo.restore(makeLetter(prefix));
    store.gets = 0;
    expect((await repo.list()).letters).toHaveLength(3);
    expect(store.gets).toBe(0);
  });

  it('the most recently changed letter comes first', async () => {
    const repo = new LetterRepository(new MemoryStore(), clock);
    await repo.restore(makeLetter('a', { updatedAt: '2026-01-01T00:00:00.000Z' }));
    await repo.restore(makeLetter('b', { updatedAt: '2026-03-01T00:00:00.000Z' }));
    expect((await repo.list()).letters.map((l) => l.id)).toEqual(['b-1', 'a-1']);
  });
});

describe('a record from before versioning (version 0)', () => {
  it('is listed and written back in the current format, the backup removed', async () => {
    const store = new MemoryStore();
    await store.set('letter:v0-1', letterFixture('v0'));
    const { letters } = await new LetterRepository(store, clock).list();
    expect(letters[0]).toMatchObject({ id: 'v0-1', schemaVersion: 3, revision: 0 });
    expect(await store.get('letter:v0-1')).toEqual(letters[0]);
    expect(await store.keys()).toEqual(['letter:v0-1']);
  });

  it('stays readable, and backed up, when writing the new format fails', async () => {
    const store = new SelectiveFailStore();
    const original = letterFixture('v0');
    await store.set('letter:v0-1', original);
    store.failOn = (key) => key === 'letter:v0-1';
    const repo = new LetterRepository(store, clock);

    const { letters, rejected } = await repo.list();

    expect(rejected).toEqual([]);
    expect(letters[0]).toMatchObject({ id: 'v0-1', revision: 0 });
    expect(await store.get('letter:v0-1')).toEqual(original);
    expect(await store.get('migration-backup:v0-1')).toEqual(original);
  });
});

describe('saving', () => {
  it('a new letter saves at revision 1, stamped with the clock', async () => {
    const repo = new LetterRepository(new MemoryStore(), clock);
    const written = await repo.save(makeLetter('n'), 0);
    expect(written).toMatchObject({ revision: 1, updatedAt: '2026-11-23T08:30:00.000Z' });
    expect(await repo.get('n-1')).toEqual(written);
  });

  it('a save based on an older revision is refused with the stored letter', async () => {
    const repo = new LetterRepository(new MemoryStore(), clock);
    const first = await repo.save(makeLetter('n', { title: 'Première' }), 0);
    const error = await repo
      .save(makeLetter('n', { title: 'Seconde' }), 0)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevisionConflict);
    expect((error as RevisionConflict).theirs).toEqual(first);
    expect((await repo.get('n-1'))?.title).toBe('Première');
  });

  it('an invalid letter is refused before anything is written', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, clock);
    const tooLong = makeLetter('n', { title: 'x'.repeat(20_001) });
    await expect(repo.save(tooLong, 0)).rejects.toBeInstanceOf(InvalidLetterError);
    expect(await store.keys()).toEqual([]);
  });

  it('over an unreadable record, the record is quarantined first', async () => {
    const store = new MemoryStore();
    const broken = { ...letterFixture('broken'), id: 'n-1' };
    await store.set('letter:n-1', broken);
    const written = await new LetterRepository(store, clock).save(makeLetter('n'), 0);
    expect(await store.get('quarantine:letter:n-1')).toEqual(broken);
    expect(await store.get('letter:n-1')).toEqual(written);
  });

  it('a storage error propagates untouched', async () => {
    const repo = new LetterRepository(new SelectiveFailStore(() => true), clock);
    await expect(repo.save(makeLetter('n'), 0)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('removing and undoing', () => {
  it('remove returns the letter, restore puts it back as it was', async () => {
    const repo = new LetterRepository(new MemoryStore(), clock);
    const saved = await repo.save(makeLetter('n'), 0);
    const removed = await repo.remove('n-1');
    expect(removed).toEqual(saved);
    expect(await repo.get('n-1')).toBeNull();
    await repo.restore(saved);
    expect(await repo.get('n-1')).toEqual(saved);
    expect(await repo.remove('absent')).toBeNull();
  });
});

describe('"Mon établissement"', () => {
  it('is empty until saved, then read back', async () => {
    const repo = new LetterRepository(new MemoryStore(), clock);
    expect(await repo.getSchool()).toEqual(emptySchool);
    const school = { ...emptySchool, etablissement: 'Lycée Marie Curie', uai: '0750001A' };
    await repo.school.save(school, 0);
    expect(await repo.getSchool()).toEqual(school);
  });

  it('an unreadable record gives an empty school', async () => {
    const store = new MemoryStore();
    await store.set('school', { etablissement: 42 });
    expect(await new LetterRepository(store, clock).getSchool()).toEqual(emptySchool);
  });
});

describe('one school year’s letters', () => {
  it('are picked from the summaries and read whole, the other years left unread', async () => {
    class CountingStore extends MemoryStore {
      lettersRead = 0;
      override async getMany(keys: readonly string[]) {
        this.lettersRead += keys.filter((key) => key.startsWith('letter:')).length;
        return super.getMany(keys);
      }
    }
    const store = new CountingStore();
    const repo = new LetterRepository(store, clock);
    const years = ['2027-2028', '2026-2027', '2025-2026'];
    for (const [index, year] of years.entries())
      for (const n of [1, 2])
        await repo.restore(makeLetter(`y${index}-${n}`, { values: { anneeScolaire: year } }));
    const { letters } = await repo.listOfYear('2026-2027');
    expect(letters.map((letter) => letter.id).sort()).toEqual(['y1-1-1', 'y1-2-1']);
    expect(store.lettersRead).toBe(2);
  });
});
