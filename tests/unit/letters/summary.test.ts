import { describe, expect, it } from 'vitest';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { keys } from '../../../src/lib/persistence/keys';
import { summaryOf } from '../../../src/lib/letters/summary';
import { letterSummarySchema } from '../../../src/lib/schemas/letter-summary';
import type { Letter } from '../../../src/lib/schemas/letter';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { AtomicWriteUnavailable } from '../../../src/lib/storage/write-all';
import { letterFixture, makeLetter } from '../../fixtures/make-letter';

const now = () => new Date('2026-12-01T10:00:00.000Z');
const named = (letter: Letter, nom: string): Letter => ({
  ...letter,
  values: { ...letter.values, nom },
});

/** The names « Mes lettres » would show, by letter id, sorted. */
const people = (summaries: readonly { id: string; person: string }[]) =>
  summaries.map(({ id, person }) => `${id}: ${person}`).sort();

describe('the summary of a letter', () => {
  it('gives the school year of a user’s model, whose year field has no role', () => {
    const base = makeLetter('u');
    // The builder types a year field « schoolYear » without giving it the role.
    const fields = base.fields.map((field) =>
      field.type === 'schoolYear' ? { ...field, role: undefined } : field,
    );
    const letter = { ...base, fields, values: { ...base.values, anneeScolaire: '2026-2027' } };
    expect(summaryOf(letter).year).toBe('2026-2027');
  });

  it('holds what a card and the search need, and passes its schema', () => {
    const letter = makeLetter('m', {
      values: { prenom: 'Marie', nom: 'Curie', anneeScolaire: '2025-2026' },
    });
    const summary = summaryOf(letter);
    expect(letterSummarySchema.parse(summary)).toEqual({
      summaryVersion: 3,
      id: 'm-1',
      typeId: 'referent-decrochage',
      revision: 0,
      updatedAt: letter.updatedAt,
      title: 'Lettre de mission du référent décrochage',
      person: 'Marie Curie',
      fonction: '',
      year: '2025-2026',
      missions: ['Référent décrochage'],
      status: 'brouillon',
      statusAt: '',
      teamPersonId: null,
    });
  });

  it('holds the status and the date of its last change, and the link to « Mon équipe »', () => {
    const letter = {
      ...makeLetter('m'),
      status: 'signee' as const,
      statusHistory: [
        { status: 'prete' as const, at: '2027-05-02T08:00:00.000Z', reason: '' },
        { status: 'signee' as const, at: '2027-05-04T16:30:00.000Z', reason: '' },
      ],
      teamPersonId: 'equipe-7',
    };
    expect(letterSummarySchema.parse(summaryOf(letter))).toMatchObject({
      status: 'signee',
      statusAt: '2027-05-04T16:30:00.000Z',
      teamPersonId: 'equipe-7',
    });
  });

  it('holds the person’s fonction as typed, for the search', () => {
    const fonction = { id: 'fonction', label: 'Fonction', type: 'text', role: 'fonction' } as const;
    const letter = makeLetter('m', {
      fields: [...makeLetter('m').fields, { ...fonction, required: false }],
      values: { nom: 'N’Diaye', fonction: ' professeure de mathématiques ' },
    });
    expect(summaryOf(letter).fonction).toBe('professeure de mathématiques');
  });

  it('leaves the « autre » IMP line out of the missions', () => {
    const letter = makeLetter('a');
    const [line] = letter.imp?.lines ?? [];
    if (!letter.imp || !line) throw new Error('the fixture has an IMP line');
    const imp = { ...letter.imp, lines: [line, { ...line, id: 'autre', mission: 'autre' }] };
    expect(summaryOf({ ...letter, imp }).missions).toEqual(['Référent décrochage']);
  });

  it('refuses another version, a field it does not know, or a missing one', () => {
    const summary = summaryOf(makeLetter('a'));
    expect(letterSummarySchema.safeParse({ ...summary, summaryVersion: 1 }).success).toBe(false);
    expect(letterSummarySchema.safeParse({ ...summary, summaryVersion: 4 }).success).toBe(false);
    expect(letterSummarySchema.safeParse({ ...summary, extra: 1 }).success).toBe(false);
    const { person: _person, ...partial } = summary;
    expect(letterSummarySchema.safeParse(partial).success).toBe(false);
  });
});

describe('summaries kept with their letters', () => {
  it('every save writes the summary of what was written; a deletion removes it', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const saved = await repo.save(named(makeLetter('a'), 'Curie'), 0);
    expect(await store.get(keys.summary(saved.id))).toEqual(summaryOf(saved));
    const again = await repo.save(named(saved, 'Noether'), 1);
    expect(await store.get(keys.summary(saved.id))).toMatchObject({
      person: 'Noether',
      revision: 2,
    });
    await repo.remove(again.id);
    expect(await store.get(keys.summary(saved.id))).toBeNull();
    await repo.undoRemove(again);
    expect(await store.get(keys.summary(saved.id))).toEqual(summaryOf(again));
  });

  it('an import writes each letter’s summary in the same write', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const letters = [named(makeLetter('a'), 'Curie'), named(makeLetter('b'), 'Noether')];
    await repo.restoreAll(letters);
    for (const letter of letters)
      expect(await store.get(keys.summary(letter.id))).toEqual(summaryOf(letter));
  });
});

describe('the list rebuilds what disagrees with the letters: the letter wins', () => {
  it('a letter written without its summary is listed with its values, its summary stored', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    await repo.restore(named(makeLetter('a'), 'Curie'));
    const imported = named(makeLetter('b'), 'Noether');
    await store.set(keys.letter(imported.id), imported); // as an import that knows no summaries
    const { summaries, rejected } = await repo.listSummaries();
    expect(people(summaries)).toEqual(['a-1: Curie', 'b-1: Noether']);
    expect(rejected).toEqual([]);
    expect(await store.get(keys.summary(imported.id))).toEqual(summaryOf(imported));
  });

  it('a summary of another revision is rebuilt by the check after the first paint', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const first = await repo.save(named(makeLetter('a'), 'Curie'), 0);
    // An older version of the site saves the letter again, without touching its summary.
    const newer = { ...named(first, 'Noether'), revision: 2 };
    await store.set(keys.letter(first.id), newer);
    const listed = await repo.listSummaries();
    const checked = await repo.checkSummaries(listed.summaries);
    expect(checked.changed).toBe(true);
    expect(people(checked.summaries)).toEqual(['a-1: Noether']);
    expect(await store.get(keys.summary(first.id))).toEqual(summaryOf(newer));
    // Once rebuilt, a second check finds nothing to change.
    expect((await repo.checkSummaries(checked.summaries)).changed).toBe(false);
  });

  it('opening a letter brings a stale summary in line', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const first = await repo.save(named(makeLetter('a'), 'Curie'), 0);
    const newer = { ...named(first, 'Noether'), revision: 2 };
    await store.set(keys.letter(first.id), newer);
    await repo.open(first.id);
    expect(await store.get(keys.summary(first.id))).toEqual(summaryOf(newer));
  });

  it('a summary whose letter is gone is dropped, from the list and the store', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const kept = await repo.save(named(makeLetter('a'), 'Curie'), 0);
    const gone = await repo.save(named(makeLetter('b'), 'Noether'), 0);
    await store.remove(keys.letter(gone.id)); // the tab closed before the summary was removed
    const { summaries } = await repo.listSummaries();
    expect(people(summaries)).toEqual([`${kept.id}: Curie`]);
    expect(await store.get(keys.summary(gone.id))).toBeNull();
  });

  it('an unreadable summary is rebuilt from its letter', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const letter = await repo.save(named(makeLetter('a'), 'Curie'), 0);
    await store.set(keys.summary(letter.id), { summaryVersion: 99, person: 'Inconnu' });
    expect(people((await repo.listSummaries()).summaries)).toEqual(['a-1: Curie']);
    expect(await store.get(keys.summary(letter.id))).toEqual(summaryOf(letter));
  });

  it('a summary of the version before (no fonction) is rebuilt from its letter', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const letter = await repo.save(named(makeLetter('a'), 'Curie'), 0);
    const { fonction: _fonction, ...older } = summaryOf(letter);
    await store.set(keys.summary(letter.id), { ...older, summaryVersion: 1 });
    expect(people((await repo.listSummaries()).summaries)).toEqual(['a-1: Curie']);
    expect(await store.get(keys.summary(letter.id))).toEqual(summaryOf(letter));
  });

  it('an unreadable letter is reported and set aside, never listed nor dropped', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const broken = letterFixture('broken');
    const key = keys.letter(String(broken['id']));
    await store.set(key, broken);
    const { summaries, rejected } = await repo.listSummaries();
    expect(summaries).toEqual([]);
    expect(rejected.map((record) => record.key)).toEqual([key]);
    expect(await store.get(key)).toEqual(broken);
    expect(await store.get(keys.quarantine(key))).toEqual(broken);
  });

  it('an old format is listed, migrated, and summarised', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const old = letterFixture('v1');
    const key = keys.letter(String(old['id']));
    await store.set(key, old);
    const { summaries } = await repo.listSummaries();
    expect(summaries).toHaveLength(1);
    expect(await store.get(keys.summary(String(old['id'])))).toEqual(summaries[0]);
  });
});

/** A store without atomic writes whose summary writes fail: a tab closed between the two. */
class CrashBetweenWrites extends MemoryStore {
  crash = false;
  override async setMany(): Promise<void> {
    throw new AtomicWriteUnavailable();
  }
  override async set(key: string, value: unknown): Promise<void> {
    if (this.crash && key.startsWith('letter-summary:')) throw new Error('the tab was closed');
    return super.set(key, value);
  }
}

describe('a crash between the letter’s write and its summary’s', () => {
  it('loses nothing: the letter is saved, and the list shows it as saved', async () => {
    const store = new CrashBetweenWrites();
    const repo = new LetterRepository(store, now);
    const first = await repo.save(named(makeLetter('a'), 'Curie'), 0);
    store.crash = true;
    const second = await repo.save(named(first, 'Noether'), 1);
    expect(await store.get(keys.letter(first.id))).toEqual(second);
    expect(await store.get(keys.summary(first.id))).toEqual(summaryOf(first)); // stale
    store.crash = false;
    // The next page load: the stale summary is painted first, then the check puts it right.
    const reopened = new LetterRepository(store, now);
    const listed = await reopened.listSummaries();
    const checked = await reopened.checkSummaries(listed.summaries);
    expect(people(checked.summaries)).toEqual(['a-1: Noether']);
    expect(await store.get(keys.summary(first.id))).toEqual(summaryOf(second));
  });

  it('a new letter whose summary was never written is listed on the next load', async () => {
    const store = new CrashBetweenWrites();
    store.crash = true;
    const repo = new LetterRepository(store, now);
    const saved = await repo.save(named(makeLetter('a'), 'Curie'), 0);
    store.crash = false;
    expect(people((await repo.listSummaries()).summaries)).toEqual([`${saved.id}: Curie`]);
  });

  it('a deletion whose summary removal failed does not list the letter again', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    const saved = await repo.save(named(makeLetter('a'), 'Curie'), 0);
    const remove = store.remove.bind(store);
    store.remove = async (key) => {
      if (key.startsWith('letter-summary:')) throw new Error('the tab was closed');
      return remove(key);
    };
    await repo.remove(saved.id);
    store.remove = remove;
    expect((await repo.listSummaries()).summaries).toEqual([]);
  });
});
