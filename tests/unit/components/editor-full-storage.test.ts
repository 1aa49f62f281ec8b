// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import Editor from '../../../src/components/editor/Editor.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { createLetterJournal } from '../../../src/lib/letters/letter-journal';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { QuotaStore, SlowStore } from '../support/failing-store';
import { FullSyncStorage } from '../support/failing-sync-storage';
import { ChannelBus } from '../support/channel-bus';
import { readYaml } from '../support/content';

const model = letterTypeSchema.parse(readYaml('lettres/referent-decrochage-scolaire.yaml'));
const full = /L’espace de stockage local du navigateur est plein/;

// A saved letter puts its id in the address: every test starts from a new letter.
beforeEach(() =>
  window.history.replaceState(null, '', '/lettres/referent-decrochage-scolaire/rediger/'),
);

/** The décrochage letter's editor over `store`, journalling into `storage` (localStorage). */
async function open(store: KeyValueStore, storage: FullSyncStorage) {
  render(Editor, {
    props: {
      typeId: 'referent-decrochage-scolaire',
      model,
      rates: [],
      listHref: '/mes-lettres/',
      services: {
        store: { probe: async () => ({ ok: true }) as const },
        repo: new LetterRepository(store),
        channel: createLetterChannel(new ChannelBus().factory),
        journal: createLetterJournal(storage),
      },
    },
  });
  // The file's first mount loads the editor's modules: seconds on a loaded machine.
  return screen.findByLabelText<HTMLInputElement>(/^Nom du référent/, {}, { timeout: 15_000 });
}

/** Whether leaving the page now brings up the browser's « Quitter le site ? » prompt. */
function leaveAsked(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Lets pending promises and timers of 0 ms run (not the 0.6 s of the autosave). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

const statusLine = () => document.querySelector('.save-status');

describe('the editor when localStorage is full', () => {
  it('says so, writes the keystroke at once, and asks before leaving only until written', async () => {
    const store = new SlowStore();
    const name = await open(store, new FullSyncStorage());
    await fireEvent.input(name, { target: { value: 'Curie' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(full);
    expect(alert.textContent).toMatch(/La lettre est donc enregistrée directement/);
    expect(within(alert).getByRole('button', { name: /Télécharger une sauvegarde/ })).toBeTruthy();
    await settle();
    expect(store.writesInFlight).toBe(1);
    expect(statusLine()?.textContent).not.toMatch(/Enregistré/);
    expect(leaveAsked()).toBe(true);
    store.release();
    await waitFor(() => expect(statusLine()?.getAttribute('data-state')).toBe('saved'));
    expect(statusLine()?.textContent).toMatch(/^\s*Enregistré dans ce navigateur/);
    expect(leaveAsked()).toBe(false);
  });

  it('the message leaves once the journal can be written again, with no prompt', async () => {
    const storage = new FullSyncStorage();
    const name = await open(new MemoryStore(), storage);
    await fireEvent.input(name, { target: { value: 'Curie' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(full);
    storage.full = false;
    await fireEvent.input(name, { target: { value: 'Curie-Skłodowska' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // Journalled, not written yet: closing loses nothing, so the page does not ask.
    expect(statusLine()?.getAttribute('data-state')).toBe('pending');
    expect(leaveAsked()).toBe(false);
  });

  it('once space is freed and « Réessayer » wrote the letter, no « plein » banner stays', async () => {
    const store = new QuotaStore();
    const storage = new FullSyncStorage();
    const name = await open(store, storage);
    await fireEvent.input(name, { target: { value: 'Curie' } });
    await waitFor(() => expect(statusLine()?.getAttribute('data-state')).toBe('error'));
    expect(screen.getByRole('alert').textContent).toMatch(
      /espace de stockage du navigateur est plein/,
    );
    // The user frees space: both the database and localStorage take writes again.
    store.full = false;
    storage.full = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Réessayer d’enregistrer' }));
    await waitFor(() => expect(statusLine()?.getAttribute('data-state')).toBe('saved'));
    expect(statusLine()?.textContent).toMatch(/^\s*Enregistré dans ce navigateur/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).not.toMatch(/plein/);
  });

  it('while localStorage stays full, its banner stays beside « Enregistré »', async () => {
    const store = new QuotaStore();
    const name = await open(store, new FullSyncStorage());
    await fireEvent.input(name, { target: { value: 'Curie' } });
    await waitFor(() => expect(statusLine()?.getAttribute('data-state')).toBe('error'));
    store.full = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Réessayer d’enregistrer' }));
    await waitFor(() => expect(statusLine()?.getAttribute('data-state')).toBe('saved'));
    expect(screen.getByRole('alert').textContent).toMatch(full);
  });
});
