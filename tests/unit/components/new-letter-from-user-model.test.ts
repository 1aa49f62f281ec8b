// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import NewLetterLinks from '../../../src/components/letters/NewLetterLinks.svelte';
import UserModelEditor from '../../../src/components/models/UserModelEditor.svelte';
import { StoredUserModels } from '../../../src/lib/models/repository';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { zephyr } from '../models/fixture';

const ready = [
  { id: 'referent-culture', mission: 'Référent culture', title: 'Lettre du référent culture' },
];

async function storedZephyr() {
  const store = new MemoryStore();
  const models = new StoredUserModels(store);
  await models.add(zephyr('zephyr-1'));
  return { store, models };
}

describe('a new letter from the user’s own models', () => {
  it('« Nouvelle lettre » lists the user’s models after the ready ones', async () => {
    const { models } = await storedZephyr();
    render(NewLetterLinks, {
      props: {
        models: ready,
        lettersHref: '/lettres/',
        level: 2,
        own: new Map((await models.list()).models.map(({ id, model }) => [id, model.mission])),
        writeHref: '/modeles/rediger/',
      },
    });
    const mine = await screen.findByRole('link', { name: /Référent Zéphyr/ }, { timeout: 5000 });
    expect(mine.getAttribute('href')).toBe('/modeles/rediger/?modele=zephyr-1');
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent?.replace(/\s+/gu, ' ').trim())).toEqual([
      'Nouvelle lettre : Référent culture',
      'Nouvelle lettre : Référent Zéphyr (votre modèle)',
    ]);
    expect(links[0]?.getAttribute('href')).toBe('/lettres/referent-culture/rediger/');
  });

  it('a letter of a user model that is not found offers a new letter from the same model', async () => {
    const { store, models } = await storedZephyr();
    window.history.replaceState(null, '', '/modeles/rediger/?modele=zephyr-1&id=absente');
    render(UserModelEditor, {
      props: {
        rates: [],
        listHref: '/mes-lettres/',
        modelsHref: '/mes-modeles/',
        models,
        services: {
          store: { probe: async () => ({ ok: true }) as const },
          repo: new LetterRepository(store),
          channel: createLetterChannel(new ChannelBus().factory),
        },
      },
    });
    const link = await screen.findByRole('link', { name: 'commencer une nouvelle lettre' });
    expect(link.getAttribute('href')).toBe('?modele=zephyr-1');
  });
});
