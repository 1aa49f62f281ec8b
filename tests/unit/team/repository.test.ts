import { describe, expect, it } from 'vitest';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { TeamRevisionConflict } from '../../../src/lib/team/errors';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { QuotaStore, SelectiveFailStore } from '../support/failing-store';
import { person } from './people';

const at = new Date('2027-03-02T08:30:00.000Z');
const clock = () => at;
const team = { people: [person(1), person(2)] };

/** The team part of a repository over `store`. */
const teams = (store: MemoryStore) => new LetterRepository(store, clock).team;

describe('saving « Mon équipe » with revisions', () => {
  it('writes revision 1 under `team`, then 2, each based on the one before', async () => {
    const store = new MemoryStore();
    const repo = teams(store);
    expect(await repo.open()).toEqual({ kind: 'missing' });
    expect(await repo.get()).toEqual({ people: [] });
    expect(await repo.save(team, 0)).toEqual({
      ...team,
      schemaVersion: 1,
      revision: 1,
      updatedAt: at.toISOString(),
    });
    await repo.save({ people: [person(1)] }, 1);
    expect(await store.get('team')).toMatchObject({ people: [person(1)], revision: 2 });
  });

  it('refuses a save based on an older revision, writing nothing', async () => {
    const store = new MemoryStore();
    await teams(store).save(team, 0);
    await teams(store).save({ people: [person(3)] }, 1); // the other tab
    const error = await teams(store)
      .save({ people: [] }, 1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamRevisionConflict);
    expect((error as TeamRevisionConflict).theirs.people).toEqual([person(3)]);
    expect((await teams(store).get()).people).toEqual([person(3)]);
  });

  it('a full disk rejects the save and keeps the stored team', async () => {
    const store = new QuotaStore();
    store.full = false;
    await teams(store).save(team, 0);
    store.full = true;
    await expect(teams(store).save({ people: [] }, 1)).rejects.toThrow(/quota/);
    expect((await teams(store).get()).people).toEqual(team.people);
  });
});

describe('an unreadable « Mon équipe »', () => {
  const unreadable = [
    [
      'an unknown key',
      { ...team, schemaVersion: 1, revision: 1, updatedAt: at.toISOString(), x: 1 },
    ],
    ['a newer format', { ...team, schemaVersion: 2, revision: 4, updatedAt: at.toISOString() }],
    ['a string', 'Dupont'],
  ] as const;

  it.each(unreadable)('with %s is set aside, not replaced by an empty team', async (_, raw) => {
    const store = new MemoryStore();
    await store.set('team', raw);
    expect((await teams(store).open()).kind).toBe('set-aside');
    expect(await store.get('quarantine:team')).toEqual(raw);
    expect(await store.get('team')).toEqual(raw);
    expect(await teams(store).get()).toEqual({ people: [] });
    // A picker is told it could not be read: « est vide » would be wrong.
    await expect(teams(store).forPicking()).rejects.toThrow(/Mon équipe/);
  });

  it('is offered to pickers as it is when readable, or empty when none is saved', async () => {
    const store = new MemoryStore();
    expect(await teams(store).forPicking()).toEqual({ people: [] });
    await teams(store).save(team, 0);
    expect(await teams(store).forPicking()).toEqual(team);
  });

  it('stays set aside when a new team is saved over it, and says why', async () => {
    const store = new MemoryStore();
    await store.set('team', { people: 'x' });
    const repo = new LetterRepository(store, clock);
    await repo.team.save(team, 0);
    expect(await repo.quarantined()).toEqual([{ key: 'quarantine:team', raw: { people: 'x' } }]);
    const aside = await repo.team.setAside();
    expect(aside?.key).toBe('team');
    expect(aside?.problems.join(' ')).toContain('«\u00a0Mon équipe\u00a0»');
  });

  it('is not replaced when copying it aside fails: the save fails instead', async () => {
    const store = new SelectiveFailStore();
    await store.set('team', 'Dupont');
    store.failOn = (key) => key.startsWith('quarantine:');
    await expect(teams(store).save(team, 0)).rejects.toThrow();
    expect(await store.get('team')).toBe('Dupont');
  });
});

describe('a team brought by a backup', () => {
  it('fills an empty « Mon équipe » with a new revision', async () => {
    const store = new MemoryStore();
    await teams(store).save({ people: [] }, 0);
    expect(await teams(store).fillIfBlank(team)).toMatchObject({ ...team, revision: 2 });
  });

  it('never replaces a team with people in it', async () => {
    const store = new MemoryStore();
    await teams(store).save({ people: [person(9)] }, 0);
    expect(await teams(store).fillIfBlank(team)).toBeNull();
    expect((await teams(store).get()).people).toEqual([person(9)]);
  });
});
