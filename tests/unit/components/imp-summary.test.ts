// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import SummaryView from '../../../src/components/summary/SummaryView.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { letterOf, models, rates } from '../summary/support';
import { zephyr } from '../models/fixture';

const now = () => new Date('2027-03-02T10:00:00.000Z');
const folded = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();
/** A table row's cells, one space between them, as a reader goes through them. */
const cellsOf = (row: Element | null) =>
  folded([...(row?.children ?? [])].map((cell) => folded(cell.textContent)).join(' '));

/** The page over a memory store holding letters for 2026-2027 and 2027-2028 (being prepared). */
async function setup(
  summaryModels: typeof models = models,
  prepare: (repo: LetterRepository) => Promise<unknown> = async () => undefined,
) {
  const repo = new LetterRepository(new MemoryStore(), now);
  for (const letter of [
    letterOf({
      id: 'a',
      prenom: 'Claire',
      nom: 'Dubois',
      year: '2027-2028',
      lines: [{ count: 1, taux: 3 }],
    }),
    letterOf({
      id: 'b',
      prenom: 'Luc',
      nom: 'Martin',
      year: '2027-2028',
      lines: [{ count: 0.5, taux: 2 }],
    }),
    letterOf({
      id: 'c',
      prenom: 'Anne',
      nom: 'Petit',
      year: '2026-2027',
      lines: [{ count: 2, taux: 4 }],
    }),
  ])
    await repo.restore(letter);
  await prepare(repo);
  const bus = new ChannelBus();
  render(SummaryView, {
    props: {
      models: summaryModels,
      rates,
      lettersHref: '/lettres/',
      listHref: '/mes-lettres/',
      userModelHref: '/modeles/rediger/',
      schoolHref: '/mon-etablissement/',
      services: {
        store: { probe: async () => ({ ok: true }) as const },
        repo,
        channel: createLetterChannel(bus.factory),
      },
      now,
    },
  });
  await screen.findByLabelText('Année scolaire');
  return { repo, bus };
}

describe('« Récapitulatif des IMP »', () => {
  it('opens on the year being prepared, with its rows and total', async () => {
    await setup();
    expect((screen.getByLabelText('Année scolaire') as HTMLSelectElement).value).toBe('2027-2028');
    const table = screen.getByRole('table', { name: /Lettres de l’année scolaire 2027-2028/ });
    const rows = within(table).getAllByRole('row').map(cellsOf);
    expect(rows).toEqual([
      'Personne Mission Taux Nombre d’IMP Montant annuel',
      'Claire Dubois Référent décrochage taux 3 1 1 250 €',
      'Luc Martin Référent décrochage taux 2 0,5 625 €',
      'Total 2 lettres 1,5 1 875 €',
    ]);
    expect(within(table).getByRole('link', { name: 'Claire Dubois' }).getAttribute('href')).toBe(
      '/lettres/referent-decrochage/rediger/?id=a',
    );
  });

  it('shows the rectorat’s own IMP apart and takes the balance on the school’s allocation', async () => {
    // As the Cordées' model: the letters' first line is paid by the rectorat, not the school.
    await setup(models.map((model) => ({ ...model, rectoratColumns: ['ligne-1'] })));
    const field = screen.getByLabelText('Dotation d’IMP notifiée pour 2027-2028 (en euros)');
    await fireEvent.input(field, { target: { value: '1 000' } });
    await fireEvent.submit(field.closest('form') as HTMLFormElement);
    await screen.findByText('Dotation 2027-2028 enregistrée.');
    expect(folded(screen.getByText(/hors dotation/).textContent)).toBe(
      'IMP attribuées par le Rectorat, hors dotation de l’établissement : 1 875 € (1,5 IMP, 2 lettres).',
    );
    expect(folded(screen.getByText(/IMP attribuées sur/).textContent)).toBe(
      'IMP attribuées sur la dotation de l’établissement : 0 € sur une dotation de 1 000 € (0 %)',
    );
    expect(folded(document.querySelector('.balance')?.textContent)).toBe(
      'Reste à attribuer : 1 000 €.',
    );
  });

  it('names a letter of the user’s own model by its mission, with its rectorat line apart', async () => {
    const own = zephyr('zephyr-1');
    const model = {
      ...own.model,
      imp: {
        columns: [
          { id: 'rectorat', heading: 'Rectorat', mission: 'Zéphyr', provenance: false },
          { id: 'etablissement', heading: 'Établissement', mission: 'Zéphyr', provenance: false },
        ].map((column, index) => ({
          ...column,
          fundedBy: index === 0 ? ('rectorat' as const) : ('etablissement' as const),
        })),
      },
    };
    const letter = letterOf({
      id: 'z',
      prenom: 'Léa',
      nom: 'Vent',
      year: '2027-2028',
      lines: [
        { count: 1, taux: 3 },
        { count: 0.5, taux: 2 },
      ],
    });
    const lines = (letter.imp?.lines ?? []).map((line, index) => ({
      ...line,
      id: model.imp.columns[index]?.id ?? line.id,
    }));
    await setup(models, async (repo) => {
      await repo.models.add({ ...own, model });
      await repo.restore({ ...letter, typeId: 'zephyr-1', imp: { stsCode: '', note: '', lines } });
    });
    const table = await screen.findByRole('table', {
      name: /Lettres de l’année scolaire 2027-2028/,
    });
    await waitFor(() =>
      expect(within(table).getAllByRole('row').map(cellsOf)).toContain(
        'Léa Vent Référent Zéphyr taux 3 (Rectorat) + taux 2 1,5 1 875 €',
      ),
    );
    expect(within(table).getByRole('link', { name: 'Léa Vent' }).getAttribute('href')).toBe(
      '/modeles/rediger/?modele=zephyr-1&id=z',
    );
    expect(folded(screen.getByText(/hors dotation/).textContent)).toContain(
      '1 250 € (1 IMP, 1 lettre)',
    );
  });

  it('keeps the allocation typed, says what is left, then an overspent allocation in words', async () => {
    const { repo } = await setup();
    const field = screen.getByLabelText('Dotation d’IMP notifiée pour 2027-2028 (en euros)');
    await fireEvent.input(field, { target: { value: '2 000,50' } });
    await fireEvent.submit(field.closest('form') as HTMLFormElement);
    await screen.findByText('Dotation 2027-2028 enregistrée.');
    expect((await repo.school.get()).impAllocations).toEqual({ '2027-2028': 200050 });
    expect(folded(document.querySelector('.balance')?.textContent)).toBe(
      'Reste à attribuer : 125,50 €.',
    );
    expect(folded(screen.getByText(/IMP attribuées/).textContent)).toBe(
      'IMP attribuées : 1 875 € sur une dotation de 2 000,50 € (93 %)',
    );

    await fireEvent.input(field, { target: { value: '1500' } });
    await fireEvent.change(field);
    await waitFor(() =>
      expect(folded(document.querySelector('.balance')?.textContent)).toBe(
        'Dotation dépassée de 375 €.',
      ),
    );
    expect((await repo.school.get()).impAllocations).toEqual({ '2027-2028': 150000 });
  });

  it('refuses an amount it cannot read, saying why by the field', async () => {
    const { repo } = await setup();
    const field = screen.getByLabelText('Dotation d’IMP notifiée pour 2027-2028 (en euros)');
    await fireEvent.input(field, { target: { value: '12,345' } });
    await fireEvent.submit(field.closest('form') as HTMLFormElement);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(field.getAttribute('aria-describedby')).toContain('allocation-msg');
    expect(screen.getByText(/Saisissez un montant en euros/)).toBeTruthy();
    expect((await repo.school.get()).impAllocations).toBeUndefined();
  });

  it('shows another year, with its own allocation field', async () => {
    await setup();
    await fireEvent.change(screen.getByLabelText('Année scolaire'), {
      target: { value: '2026-2027' },
    });
    const table = await screen.findByRole('table', {
      name: /Lettres de l’année scolaire 2026-2027/,
    });
    expect(cellsOf(table.querySelector('tfoot tr'))).toBe('Total 1 lettre 2 2 500 €');
    expect(screen.getByLabelText('Dotation d’IMP notifiée pour 2026-2027 (en euros)')).toBeTruthy();
  });
});
