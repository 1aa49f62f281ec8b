// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { Component } from 'svelte';
import Editor from '../../../src/components/editor/Editor.svelte';
import FieldsEditor from '../../../src/components/editor/FieldsEditor.svelte';
import SchoolHeading from '../../../src/components/editor/SchoolHeading.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import type { Letter } from '../../../src/lib/schemas/letter';
import type { LetterChange } from '../../../src/lib/letters/change';
import { createLetter } from '../../../src/lib/letters/create';
import { emptySchool } from '../../../src/lib/schemas/school';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { QuotaStore, SlowStore } from '../support/failing-store';
import { ChannelBus } from '../support/channel-bus';
import { readYaml } from '../support/content';
import { LetterState, renderImpEditor } from '../support/letter-part.svelte';
import { typeInBox } from '../support/text-box';

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
  // The file's first mount loads the editor's modules: seconds on a loaded machine.
  await screen.findByLabelText(/^Nom du référent/, {}, { timeout: 15_000 });
  return { repo };
}

/** A new décrochage letter, as the editor makes it, held as the editor holds it. */
const newLetter = () =>
  new LetterState(
    createLetter('referent-decrochage-scolaire', model, emptySchool, new Date()),
    rates,
  );

/**
 * One part of the editor's form (`FieldsEditor`, `SchoolHeading`) over a new letter: what a
 * test of that part needs, without the rest of the tool.
 */
function openPart(part: Component<{ letter: Letter; apply: (change: LetterChange) => void }>) {
  const state = newLetter();
  render(part, {
    props: {
      get letter() {
        return state.letter;
      },
      apply: state.apply,
    },
  });
}

const preview = () => document.querySelector('.letter-page')?.textContent ?? '';
const type = (label: RegExp | string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('every blank is a labelled control', () => {
  it('has one control per field of the model, found by its label', () => {
    openPart(FieldsEditor);
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
    openPart(FieldsEditor);
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
    openPart(SchoolHeading);
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
    await typeInBox(areas.at(-1) as HTMLElement, 'Une mission ajoutée.');
    expect(preview()).toContain('Une mission ajoutée.');
  });
});

describe('the IMP block computes the amounts', () => {
  it('gives the annual amount and the monthly ninth of taux 3', async () => {
    renderImpEditor(newLetter());
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
