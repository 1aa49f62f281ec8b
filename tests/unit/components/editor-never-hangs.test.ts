// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Editor from '../../../src/components/editor/Editor.svelte';
import UserModelEditor from '../../../src/components/models/UserModelEditor.svelte';
import { letterTypeSchema, type LetterType } from '../../../src/lib/schemas/letter-type';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { StoredUserModels } from '../../../src/lib/models/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { readYaml } from '../support/content';
import { zephyr } from '../models/fixture';

// Issue 22: a model whose two IMP columns shared an id left « Chargement de la lettre… » forever
// (the editor threw while showing the letter). A model read from storage is now repaired; and
// whatever a model holds, the page ends on the letter or on a French message, never on loading.

const services = (store: MemoryStore) => ({
  store: { probe: async () => ({ ok: true }) as const },
  repo: new LetterRepository(store),
  channel: createLetterChannel(new ChannelBus().factory),
});

const culture = letterTypeSchema.parse(readYaml('lettres/referent-culture.yaml'));

/** The ready-model editor over `model`, as given (not checked again). */
function openNew(model: LetterType) {
  window.history.replaceState(null, '', '/lettres/referent-culture/rediger/');
  render(Editor, {
    props: {
      typeId: 'referent-culture',
      model,
      rates: [],
      listHref: '/mes-lettres/',
      services: services(new MemoryStore()),
    },
  });
}

describe('a letter from a model that cannot be shown says so in French', () => {
  it('when the model’s IMP columns repeat an id', async () => {
    const column = { id: 'rectorat', heading: 'IMP', mission: 'Mission', provenance: false };
    const imp = { columns: [column, { ...column, mission: 'Autre' }] };
    openNew({
      ...culture,
      imp: {
        ...imp,
        columns: imp.columns.map((c) => ({ ...c, fundedBy: 'etablissement' as const })),
      },
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert.textContent).toContain('Cette page n’a pas pu s’afficher');
    expect(screen.queryByText('Chargement de la lettre…')).toBeNull();
  }, 30_000);

  it('when preparing the letter throws', async () => {
    openNew({ ...culture, sections: null as unknown as LetterType['sections'] });
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert.textContent).toContain('Cette lettre n’a pas pu être préparée');
    expect(screen.queryByText('Chargement de la lettre…')).toBeNull();
  }, 30_000);
});

describe('a stored user model whose IMP columns repeat an id', () => {
  it('is repaired when read: its letter opens with both IMP lines', async () => {
    const store = new MemoryStore();
    const record = zephyr('zephyr-1');
    const column = {
      id: 'rectorat',
      heading: 'IMP',
      mission: 'Zéphyr',
      provenance: false,
      fundedBy: 'etablissement',
    };
    // Written as an earlier version stored it, without the import's repair.
    await store.set('model:zephyr-1', {
      ...record,
      model: { ...record.model, imp: { columns: [column, { ...column, mission: 'Zéphyr bis' }] } },
    });
    window.history.replaceState(null, '', '/modeles/rediger/?modele=zephyr-1');
    render(UserModelEditor, {
      props: {
        rates: [],
        listHref: '/mes-lettres/',
        modelsHref: '/mes-modeles/',
        models: new StoredUserModels(store),
        services: services(store),
      },
    });
    expect(await screen.findByText(/Zéphyr bis/, {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  }, 30_000);
});
