import { render, screen } from '@testing-library/svelte';
import LetterList from '../../../src/components/letters/LetterList.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import type { ModelInfo } from '../../../src/lib/letters/list';
import { idMaker, makeLetter } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';

// The « Mes lettres » component tests' letters and setup, shared by their files.
export const models: ModelInfo[] = [
  { id: 'referent-decrochage', mission: 'Référent décrochage', title: 'Lettre du référent' },
  { id: 'coordonnateur-rep', mission: 'Coordonnateur du REP', title: 'Lettre du REP' },
];
export const now = () => new Date('2026-12-01T10:00:00.000Z');

export const marie = makeLetter('m', {
  updatedAt: '2026-11-30T10:00:00.000Z',
  values: { prenom: 'Marie', nom: 'Curie', anneeScolaire: '2025-2026' },
});
export const paul = makeLetter('p', {
  typeId: 'coordonnateur-rep',
  updatedAt: '2026-11-20T10:00:00.000Z',
  values: { prenom: 'Paul', nom: 'Éluard', anneeScolaire: '2026-2027' },
});

/** The list over a memory store holding `letters` (and anything else set on `store`). */
export async function setup(store: KeyValueStore = new MemoryStore(), letters = [marie, paul]) {
  const repo = new LetterRepository(store, now);
  for (const letter of letters) await repo.restore(letter);
  const probe = async () => ({ ok: true }) as const;
  const bus = new ChannelBus();
  const channel = createLetterChannel(bus.factory);
  render(LetterList, {
    props: {
      models,
      rates: [],
      lettersHref: '/lettres/',
      services: { store: { probe }, repo, channel },
      options: { now, makeId: idMaker('copie') },
    },
  });
  return Object.assign(repo, { bus });
}

// Testing Library folds every space (no-break ones too) into a plain one before comparing.
export const folded = (text: string) => text.replace(/\s+/gu, ' ');
export const cards = () =>
  screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
