import { describe, expect, it } from 'vitest';
import { AutoSaver, type LetterSaveStatus } from '../../../src/lib/letters/autosave';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { makeLetter } from '../../fixtures/make-letter';

const letter = makeLetter('n');

/** One browser tab's saving: its repository over the shared store, its saver. */
function openTab(store: MemoryStore, now: string) {
  const repo = new LetterRepository(store, () => new Date(now));
  const statuses: LetterSaveStatus[] = [];
  const saver = new AutoSaver(repo, { onStatus: (status) => statuses.push(status) });
  return { repo, saver, statuses };
}

/**
 * Two tabs with the same letter open at revision 0; tab A saves revision 1 first, then B saves
 * without having heard of it (what the revision check alone must catch; the messages between
 * the tabs' editors are tested in two-tab-editors.test.ts).
 */
async function twoTabsAfterASaved() {
  const store = new MemoryStore();
  const a = openTab(store, '2026-11-23T09:00:00.000Z');
  const b = openTab(store, '2026-11-23T09:05:00.000Z');
  await a.repo.restore(letter);
  a.saver.change({ ...letter, title: 'Version de A' });
  await a.saver.flush();
  b.saver.change({ ...letter, title: 'Version de B' });
  await b.saver.flush();
  return { store, a, b };
}

describe('two tabs editing the same letter', () => {
  it('tab B, still based on revision 0, gets a conflict with A’s version and writes nothing', async () => {
    const { a, b } = await twoTabsAfterASaved();
    const last = b.statuses.at(-1);
    expect(last?.state).toBe('conflict');
    if (last?.state !== 'conflict') return;
    expect(last.theirs).toMatchObject({ title: 'Version de A', revision: 1 });
    expect(await a.repo.get(letter.id)).toMatchObject({ title: 'Version de A', revision: 1 });
    expect(b.saver.unsaved?.title).toBe('Version de B');
  });

  it('edits made during the conflict are held until the user decides', async () => {
    const { a, b } = await twoTabsAfterASaved();
    b.saver.change({ ...letter, title: 'Version de B, suite' });
    await b.saver.flush();
    expect((await a.repo.get(letter.id))?.title).toBe('Version de A');
    expect(b.saver.status.state).toBe('conflict');
  });

  it('« garder ma version » writes B’s letter as revision 2', async () => {
    const { a, b } = await twoTabsAfterASaved();
    await b.saver.resolveKeepMine();
    expect(b.statuses.at(-1)).toMatchObject({ state: 'saved', revision: 2 });
    expect(await a.repo.get(letter.id)).toMatchObject({ title: 'Version de B', revision: 2 });
    // Tab A, still at revision 1, now gets the conflict in turn: nobody overwrites silently.
    a.saver.change({ ...letter, title: 'A encore' });
    await a.saver.flush();
    expect(a.statuses.at(-1)).toMatchObject({ state: 'conflict', theirs: { revision: 2 } });
  });

  it('« prendre l’autre version » returns A’s letter and drops B’s edits', async () => {
    const { a, b } = await twoTabsAfterASaved();
    const theirs = b.saver.resolveTakeTheirs();
    expect(theirs).toMatchObject({ title: 'Version de A', revision: 1 });
    expect(b.saver.unsaved).toBeNull();
    expect(b.saver.status).toMatchObject({ state: 'saved', revision: 1 });
    // B goes on from A's version without a new conflict.
    b.saver.change({ ...(theirs ?? letter), title: 'Suite de B' });
    await b.saver.flush();
    expect(await a.repo.get(letter.id)).toMatchObject({ title: 'Suite de B', revision: 2 });
  });
});

describe('a tab without edits follows the other one', () => {
  it('adopts the newer version it heard of, then saves on top of it', async () => {
    const store = new MemoryStore();
    const a = openTab(store, '2026-11-23T09:00:00.000Z');
    const b = openTab(store, '2026-11-23T09:05:00.000Z');
    await a.repo.restore(letter);
    a.saver.change({ ...letter, title: 'Version de A' });
    await a.saver.flush();

    const fresh = await b.repo.get(letter.id);
    expect(fresh && b.saver.adopt(fresh)).toBe(true);
    b.saver.change({ ...letter, title: 'Version de B' });
    await b.saver.flush();
    expect(b.statuses.at(-1)).toMatchObject({ state: 'saved', revision: 2 });
  });

  it('refuses to adopt over pending edits', () => {
    const b = openTab(new MemoryStore(), '2026-11-23T09:05:00.000Z');
    b.saver.change(letter);
    expect(b.saver.adopt({ ...letter, revision: 5 })).toBe(false);
    b.saver.dispose();
  });
});
