// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import SchoolForm from '../../../src/components/school/SchoolForm.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/letters/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { emptySchool } from '../../../src/lib/schemas/school';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { ChannelBus } from '../support/channel-bus';
import { QuotaStore, SlowStore } from '../support/failing-store';

const probe = async () => ({ ok: true }) as const;

/** The form over `store`; `heard` collects what the other tabs are told. */
function setup(store: KeyValueStore = new MemoryStore()) {
  const bus = new ChannelBus();
  const repo = new LetterRepository(store);
  const heard: LetterMessage[] = [];
  createLetterChannel(bus.factory).subscribe((message) => heard.push(message));
  render(SchoolForm, {
    props: {
      listHref: '/mes-lettres/',
      services: { store: { probe }, repo, channel: createLetterChannel(bus.factory) },
      options: { delayMs: 5, saveOnLeave: false },
    },
  });
  return { repo, heard };
}

const status = () => document.querySelector('.save-status')?.textContent?.trim() ?? '';

describe('« Mon établissement »', () => {
  it('has a labelled field for every part of the school', async () => {
    setup();
    for (const label of [
      'Académie',
      'Nom de l’établissement',
      'Adresse',
      'Ville',
      'Nom du chef d’établissement',
    ])
      expect(await screen.findByLabelText(label)).toBeTruthy();
  });

  it('a wrong check letter is a warning, a malformed UAI an error', async () => {
    setup();
    const uai = await screen.findByLabelText('UAI (code de l’établissement)');
    await fireEvent.input(uai, { target: { value: '0771234A' } });
    await fireEvent.blur(uai);
    expect(screen.getByText(/^Attention/).textContent).toContain('attendue est «\u00a0Y\u00a0»');
    expect(uai.getAttribute('aria-invalid')).toBeNull();
    await fireEvent.input(uai, { target: { value: '07712' } });
    expect(screen.getByText(/^Erreur/).textContent).toContain('7 chiffres suivis d’une lettre');
    expect(uai.getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(uai, { target: { value: '0771234Y' } });
    expect(screen.queryByText(/^(Erreur|Attention)/)).toBeNull();
  });

  it('says « Enregistré » only once the write resolved, and tells the other tabs', async () => {
    const store = new SlowStore();
    const { repo, heard } = setup(store);
    await fireEvent.input(await screen.findByLabelText('Ville'), { target: { value: 'Melun' } });
    await waitFor(() => expect(store.writesInFlight).toBe(1));
    expect(status()).toBe('Enregistrement…');
    expect(heard).toEqual([]);
    store.release();
    await waitFor(() => expect(status()).toMatch(/^Enregistré dans ce navigateur/));
    expect(await repo.getSchool()).toEqual({ ...emptySchool, ville: 'Melun' });
    await waitFor(() => expect(heard).toEqual([{ kind: 'school-saved' }]));
  });

  it('a failed write shows the storage message and keeps the edit for « Réessayer »', async () => {
    const store = new QuotaStore();
    const { repo } = setup(store);
    await fireEvent.input(await screen.findByLabelText('Ville'), { target: { value: 'Melun' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('L’espace de stockage du navigateur est plein');
    expect(status()).toBe('Non enregistré.');
    store.full = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Réessayer d’enregistrer' }));
    await waitFor(() => expect(status()).toMatch(/^Enregistré/));
    expect((await repo.getSchool()).ville).toBe('Melun');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
