import { afterEach, describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../src/lib/builder/model-builder.svelte';
import { setIdentity } from '../../../src/lib/builder/commands/identity';
import { createModelChannel } from '../../../src/lib/models/channel';
import { StoredUserModels } from '../../../src/lib/models/repository';
import { ModelListState } from '../../../src/lib/models/list-state.svelte';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus, deliveries } from '../support/channel-bus';
import { zephyr } from '../models/fixture';

// Two tabs of the builder: each its own repository and channel, over one store and one bus.
let stops: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const stop of stops) await stop();
  stops = [];
});

async function twoTabs() {
  const store = new MemoryStore();
  const bus = new ChannelBus();
  await new StoredUserModels(store).save(zephyr('zephyr-1'), 0);
  const tab = async () => {
    const channel = createModelChannel(bus.factory);
    const builder = new ModelBuilder(new StoredUserModels(store), { delayMs: 0, channel });
    stops.push(
      () => builder.stop(),
      () => channel.close(),
    );
    await builder.open('zephyr-1');
    builder.listen();
    return builder;
  };
  return { store, bus, a: await tab(), b: await tab() };
}

/** Lets the other tab hear the message, read the store and show what it read. */
async function heard() {
  for (let i = 0; i < 5; i++) {
    await deliveries();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe('the same model in two tabs', () => {
  it('shows the other tab’s save at once when this tab has no unsaved change', async () => {
    const { a, b } = await twoTabs();
    a.apply(setIdentity('mission', 'Référent Alizé'));
    await a.flush();
    await heard();
    expect(b.model.mission).toBe('Référent Alizé');
    expect(b.notice).toBe('Modèle mis à jour depuis un autre onglet.');
    expect(b.status).toMatchObject({ state: 'saved', revision: 2 });
    // Its next edit is based on that revision: saved, no conflict.
    b.apply(setIdentity('title', 'Lettre du référent Alizé'));
    await b.flush();
    expect(b.status).toMatchObject({ state: 'saved', revision: 3 });
  });

  it('offers the choice when this tab has an unsaved change, and keeps it on « Garder »', async () => {
    const { a, b, store } = await twoTabs();
    // Tab B's change is not valid yet: not written, but not to be lost either.
    b.apply(setIdentity('title', ''));
    a.apply(setIdentity('mission', 'Référent Alizé'));
    await a.flush();
    await heard();
    expect(b.model.title).toBe('');
    expect(b.status.state).toBe('conflict');
    b.apply(setIdentity('title', 'Titre de cet onglet'));
    await b.keepMine();
    expect(await store.get('model:zephyr-1')).toMatchObject({
      revision: 3,
      model: { title: 'Titre de cet onglet' },
    });
  });

  it('shows the other tab’s version on « Afficher la version de l’autre onglet »', async () => {
    const { a, b } = await twoTabs();
    b.apply(setIdentity('title', ''));
    a.apply(setIdentity('mission', 'Référent Alizé'));
    await a.flush();
    await heard();
    b.takeTheirs();
    expect(b.model).toMatchObject({ mission: 'Référent Alizé', title: zephyr().model.title });
    expect(b.status).toMatchObject({ state: 'saved', revision: 2 });
  });

  it('says when the other tab removed the model, and « Mes modèles » reads the list again', async () => {
    const { bus, store, b } = await twoTabs();
    const list = new ModelListState(
      new StoredUserModels(store),
      [],
      createModelChannel(bus.factory),
    );
    await list.refresh();
    stops.push(list.listen());
    const other = new ModelListState(
      new StoredUserModels(store),
      [],
      createModelChannel(bus.factory),
    );
    await other.refresh();
    await other.remove('zephyr-1');
    await heard();
    expect(b.notice).toBe('Ce modèle a été supprimé dans un autre onglet.');
    await expect.poll(() => list.models.length).toBe(0);
  });
});
