import { render } from '@testing-library/svelte';
import Builder from '../../../src/components/builder/Builder.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { StorageProbe } from '../../../src/lib/storage/probe';
import type { UserModelRepository } from '../../../src/lib/models/repository-port';
import { ChannelBus } from '../support/channel-bus';
import { letterFiles } from '../support/content';
import { MemoryModels } from '../support/memory-models';

// Setup shared by the « Créer un modèle » component tests added with references, the storage
// probe and live updates across tabs.
export const readyModels = letterFiles().map(([slug, raw]) => ({
  slug,
  model: letterTypeSchema.parse(raw),
}));

/** What one tab of the builder runs on; tests share a bus and a repository between tabs. */
export interface BuilderTab {
  search?: string;
  models?: UserModelRepository;
  store?: StorageProbe;
  bus?: ChannelBus;
}

/** Renders the builder at `/modeles/creer/<search>` over memory storage. */
export function openBuilder({
  search = '',
  models = new MemoryModels(),
  store = { probe: async () => ({ ok: true }) as const },
  bus = new ChannelBus(),
}: BuilderTab = {}) {
  window.history.replaceState(null, '', `/modeles/creer/${search}`);
  const app = {
    store,
    repo: new LetterRepository(new MemoryStore()),
    channel: createLetterChannel(bus.factory),
  };
  const view = render(Builder, {
    props: { readyModels, rates: [], writeHref: '/modeles/rediger/', services: { models, app } },
  });
  return { models, bus, view };
}
