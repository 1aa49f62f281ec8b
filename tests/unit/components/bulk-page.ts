import { fireEvent, render, screen } from '@testing-library/svelte';
import BulkLettersView from '../../../src/components/bulk/BulkLettersView.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { StoredUserModels } from '../../../src/lib/models/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { rates, readyModel } from '../bulk/support';

/**
 * « Plusieurs personnes » over a memory store, with the « Coordonnateur de discipline » model
 * chosen as a head chooses it: the page the bulk component tests start from.
 */
export async function bulkPageWithDisciplineModel(): Promise<void> {
  const store = new MemoryStore();
  render(BulkLettersView, {
    props: {
      ready: [{ id: 'coordonnateur-discipline', model: readyModel('coordonnateur-discipline') }],
      rates,
      listHref: '/mes-lettres/',
      services: {
        store: { probe: async () => ({ ok: true }) as const },
        repo: new LetterRepository(store),
        channel: createLetterChannel(new ChannelBus().factory),
      },
      models: new StoredUserModels(store),
    },
  });
  const model = await screen.findByLabelText('Modèle de lettre');
  await screen.findByRole('option', { name: 'Coordonnateur de discipline' });
  await fireEvent.change(model, { target: { value: 'pret:coordonnateur-discipline' } });
}
