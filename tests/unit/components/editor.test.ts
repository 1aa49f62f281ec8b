// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import Editor from '../../../src/components/editor/Editor.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/letters/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { QuotaStore, SlowStore } from '../support/failing-store';
import { ChannelBus } from '../support/channel-bus';
import { readYaml } from '../support/content';

const model = letterTypeSchema.parse(readYaml('lettres/referent-decrochage-scolaire.yaml'));
const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map((rate) =>
  impRateSchema.parse(rate),
);

// A saved letter puts its id in the address: every test starts from a new letter.
beforeEach(() =>
  window.history.replaceState(null, '', '/lettres/referent-decrochage-scolaire/rediger/'),
);

/** The editor of the décrochage letter over `store`, as a page would show it. */
async function open(store: KeyValueStore = new MemoryStore()) {
  const repo = new LetterRepository(store);
  const services = {
    store: { probe: async () => ({ ok: true }) as const },
    repo,
    channel: createLetterChannel(new ChannelBus().factory),
  };
  render(Editor, {
    props: {
      typeId: 'referent-decrochage-scolaire',
      model,
      rates,
      listHref: '/mes-lettres/',
      services,
    },
  });
  await screen.findByLabelText(/^Nom du référent/, {}, { timeout: 5000 });
  return { repo };
}

const preview = () => document.querySelector('.letter-page')?.textContent ?? '';
const type = (label: RegExp | string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('every blank is a labelled control', () => {
  it('has one control per field of the model, found by its label', async () => {
    await open();
    for (const field of model.fields) {
      const control = screen.getByLabelText(field.label, {
        exact: false,
        selector: `#f-${field.id}`,
      });
      expect(control, field.id).toBeTruthy();
    }
  });
});

describe('validation messages tied to their field', () => {
  it('shows an error for a school year that is not AAAA-AAAA; a pre-filled one is checked at once', async () => {
    await open();
    const input = screen.getByLabelText<HTMLInputElement>(/Année scolaire/);
    // A new letter is for the coming school year, already filled, so checked from the start.
    expect(input.value).toMatch(/^(\d{4})-\d{4}$/);
    await type(/Année scolaire/, '2025-2027');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(
      input.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '',
    );
    expect(message?.textContent).toMatch(/^Erreur/);
    expect(message?.getAttribute('aria-live')).toBe('polite');
  });

  it('warns, without blocking, when the UAI check letter does not match', async () => {
    await open();
    const input = screen.getByLabelText(/UAI/);
    await type(/UAI/, '0771234A');
    await fireEvent.blur(input);
    expect(document.getElementById('school-uai-msg')?.textContent).toMatch(
      /^Attention.*lettre de contrôle/,
    );
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('the preview follows every keystroke', () => {
  it('shows the typed name in the letter', async () => {
    await open();
    await type(/Prénom du référent/, 'Camille');
    await type(/Nom du référent/, 'Dupont');
    expect(preview()).toContain('Camille Dupont');
  });

  it('moves, removes and adds mission items', async () => {
    await open();
    const first = model.sections[0]?.blocks[0];
    const items = first?.type === 'list' ? first.items : [];
    const section = document.querySelector('.section-editor') as HTMLElement;
    await fireEvent.click(
      within(section).getAllByRole('button', {
        name: /^Descendre la mission \d+$/,
      })[0] as HTMLElement,
    );
    expect(preview().indexOf(items[1] ?? '')).toBeLessThan(preview().indexOf(items[0] ?? ''));
    await fireEvent.click(
      within(section).getAllByRole('button', {
        name: /^Supprimer la mission \d+$/,
      })[0] as HTMLElement,
    );
    expect(preview()).not.toContain(items[1]);
    await fireEvent.click(within(section).getByRole('button', { name: 'Ajouter une mission' }));
    const areas = within(section).getAllByRole('textbox', { name: /^Mission/ });
    await fireEvent.input(areas.at(-1) as HTMLElement, {
      target: { value: 'Une mission ajoutée.' },
    });
    expect(preview()).toContain('Une mission ajoutée.');
  });
});

describe('the IMP block computes the amounts', () => {
  it('gives the annual amount and the monthly ninth of taux 3', async () => {
    await open();
    await fireEvent.change(screen.getByLabelText('Taux'), { target: { value: '3' } });
    const amount = document.querySelector('.imp-amount')?.textContent ?? '';
    expect(amount).toContain('1\u202f250\u00a0€');
    expect(amount).toContain('138,89\u00a0€');
    expect((screen.getByLabelText(/Nombre d’IMP/) as HTMLInputElement).value).toBe('1');
  });
});

describe('saving', () => {
  it('says « Enregistré » only once the write resolved', async () => {
    const store = new SlowStore();
    const { repo } = await open(store);
    await type(/Nom du référent/, 'Dupont');
    const status = () => document.querySelector('.save-status')?.getAttribute('data-state');
    await waitFor(() => expect(status()).toBe('saving'), { timeout: 3000 });
    expect(screen.queryByText(/Enregistré/)).toBeNull();
    store.release();
    await waitFor(() => expect(status()).toBe('saved'), { timeout: 3000 });
    expect((await repo.list()).letters[0]?.values['nom']).toBe('Dupont');
  });

  it('keeps the work and offers a backup when the storage is full', async () => {
    await open(new QuotaStore());
    await type(/Nom du référent/, 'Dupont');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.textContent).toMatch(/plein/);
    expect(within(alert).getByRole('button', { name: /Télécharger une sauvegarde/ })).toBeTruthy();
    expect((screen.getByLabelText(/Nom du référent/) as HTMLInputElement).value).toBe('Dupont');
  });
});
