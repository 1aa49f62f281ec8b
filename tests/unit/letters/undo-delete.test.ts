import { describe, expect, it } from 'vitest';
import { AutoSaver } from '../../../src/lib/letters/autosave';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { DeletedLetterRewritten } from '../../../src/lib/letters/errors';
import { LetterRepository } from '../../../src/lib/letters/repository';
import type { ModelInfo } from '../../../src/lib/letters/list';
import { LetterListState } from '../../../src/lib/list/list-state.svelte';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { makeLetter } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';

const models: ModelInfo[] = [
  { id: 'referent-decrochage', mission: 'Référent décrochage', title: 'Lettre du référent' },
];
const letter = makeLetter('n', { values: { prenom: 'Marie', nom: 'Curie' } });

/**
 * Tab A has the letter open in the editor (its saver, based on revision 0); tab B shows
 * « Mes lettres » over the same store and deletes it. A's next edit writes it again.
 */
async function deletedInBThenTypedInA() {
  const store = new MemoryStore();
  const bus = new ChannelBus();
  const repoA = new LetterRepository(store, () => new Date('2026-12-01T10:05:00.000Z'));
  const repoB = new LetterRepository(store, () => new Date('2026-12-01T10:00:00.000Z'));
  await repoB.restore(letter);
  const saverA = new AutoSaver(repoA, { onStatus: () => undefined });
  const services = { store: { probe: async () => ({ ok: true }) as const }, repo: repoB };
  const listB = new LetterListState(models, {
    ...services,
    channel: createLetterChannel(bus.factory),
  });
  await listB.start();
  expect(await listB.remove(letter.id)).toBe(true);
  saverA.change({ ...letter, title: 'Version de A, après la suppression' });
  await saverA.flush();
  return { store, repoA, repoB, saverA, listB };
}

describe('« Annuler » after a deletion', () => {
  it('brings the letter back exactly when nobody wrote it since', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store);
    await repo.restore(letter);
    const channel = createLetterChannel(new ChannelBus().factory);
    const list = new LetterListState(models, {
      store: { probe: async () => ({ ok: true }) as const },
      repo,
      channel,
    });
    await list.start();
    await list.remove(letter.id);
    expect(await list.undo()).toBe(letter.id);
    expect(await repo.get(letter.id)).toEqual(letter);
    expect(list.notice).toBe('Lettre rétablie\u00a0: Marie Curie, Référent décrochage.');
    expect(list.failure).toBeNull();
  });

  it('is refused when another tab saved the letter since: A’s newer version stays', async () => {
    const { repoA, saverA, listB } = await deletedInBThenTypedInA();
    expect(saverA.status).toMatchObject({ state: 'saved', revision: 1 });
    expect(await listB.undo()).toBeNull();
    expect(await repoA.get(letter.id)).toMatchObject({
      title: 'Version de A, après la suppression',
      revision: 1,
    });
    expect(listB.failure?.message).toBe(
      'La lettre «\u00a0Marie Curie, Référent décrochage\u00a0» a été modifiée dans un autre ' +
        'onglet depuis sa suppression\u00a0: elle n’a pas été rétablie et rien n’a été remplacé. ' +
        'La version de l’autre onglet est dans la liste.',
    );
    // « Annuler » goes (it can no longer do what it says); the list shows A's version.
    expect(listB.removed).toBeNull();
    expect(listB.records.map((shown) => shown.title)).toEqual([
      'Version de A, après la suppression',
    ]);
  });

  it('A goes on saving on top of its own version afterwards', async () => {
    const { repoA, saverA, listB } = await deletedInBThenTypedInA();
    await listB.undo();
    saverA.change({ ...letter, title: 'A encore' });
    await saverA.flush();
    expect(saverA.status).toMatchObject({ state: 'saved', revision: 2 });
    expect(await repoA.get(letter.id)).toMatchObject({ title: 'A encore', revision: 2 });
  });

  it('the repository refuses the same way, whatever the stored record holds', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store);
    await repo.restore(letter);
    const removed = await repo.remove(letter.id);
    if (!removed) throw new Error('nothing removed');
    await store.set(`letter:${letter.id}`, { unreadable: true });
    await expect(repo.undoRemove(removed)).rejects.toBeInstanceOf(DeletedLetterRewritten);
    expect(await store.get(`letter:${letter.id}`)).toEqual({ unreadable: true });
  });
});
