// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import Builder from '../../../src/components/builder/Builder.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { letterFiles, readYaml } from '../support/content';
import { MemoryModels } from '../support/memory-models';
import { downloadsOf } from '../support/downloads';

const readyModels = letterFiles().map(([slug, raw]) => ({
  slug,
  model: letterTypeSchema.parse(raw),
}));
const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map((rate) =>
  impRateSchema.parse(rate),
);

beforeEach(() => window.history.replaceState(null, '', '/modeles/creer/'));

function open(search = '') {
  window.history.replaceState(null, '', `/modeles/creer/${search}`);
  const models = new MemoryModels();
  const app = {
    store: { probe: async () => ({ ok: true }) as const },
    repo: new LetterRepository(new MemoryStore()),
    channel: createLetterChannel(new ChannelBus().factory),
  };
  render(Builder, {
    props: { readyModels, rates, writeHref: '/modeles/rediger/', services: { models, app } },
  });
  return { models };
}

const preview = () => document.querySelector('.letter-page')?.textContent ?? '';
const type = (label: RegExp | string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('« Créer un modèle »', () => {
  it('offers three starting points, then builds a new model that is saved and previewed', async () => {
    const { models } = open();
    expect(
      await screen.findByRole('button', { name: 'Partir de zéro' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Partir d’un modèle prêt' })).toBeTruthy();
    expect(screen.getByRole('link', { name: readyModels[0]?.model.mission ?? '' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Partir d’une lettre déjà écrite' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Partir de zéro' }));

    await type(/^Nom de la mission/, 'Référent Zéphyr');
    await type('Titre de la lettre', 'Lettre de mission du référent Zéphyr');
    await type('Libellé du nouveau champ', 'Salle des vents');
    await fireEvent.click(screen.getByRole('button', { name: 'Ajouter le champ' }));
    expect(screen.getByText('{salleDesVents}')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Ajouter une mission' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Mission 2')));
    await type('Mission 2', 'Veiller sur la girouette de la {salleDesVents}.');

    expect(preview()).toContain('Lettre de mission du référent Zéphyr');
    expect(preview()).toContain('Veiller sur la girouette');
    await waitFor(() => expect(models.records.size).toBe(1), { timeout: 5000 });
    const [record] = [...models.records.values()];
    await waitFor(
      () =>
        expect(models.records.get(record?.id ?? '')?.model.sections[0]?.blocks[0]).toEqual({
          type: 'list',
          items: ['Mission confiée à {nom}.', 'Veiller sur la girouette de la {salleDesVents}.'],
        }),
      { timeout: 5000 },
    );
    expect(record?.model.mission).toBe('Référent Zéphyr');
    expect(window.location.search).toBe(`?id=${record?.id ?? ''}`);
  });

  it('names what is wrong without blocking the typing, and removes with « Annuler »', async () => {
    open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Partir de zéro' }));
    await type('Titre de la lettre', '');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Titre de la lettre').value).toBe('');
    expect(document.querySelector('.builder-issues')?.textContent).toContain(
      'le titre de la lettre\u00a0: texte vide',
    );

    // The name is the third field of a blank model (after the civilité and the first name).
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer le champ 3' }));
    expect(screen.getByLabelText<HTMLInputElement>('Libellé du champ 3').value).toBe('Fonction');
    expect(document.querySelector('.builder-issues')?.textContent).toContain('{nom}');
    await fireEvent.click(screen.getByRole('button', { name: /^Annuler/ }));
    const label = screen.getByLabelText<HTMLInputElement>('Libellé du champ 3');
    expect(label.value).toBe('Nom de la personne');
    await waitFor(() => expect(document.activeElement).toBe(label));
  });

  it('moves missions with the keyboard buttons, and starts from a ready model by its slug', async () => {
    const ready = readyModels.find(({ slug }) => slug === 'referent-culture');
    open('?depuis=referent-culture');
    const mission = await screen.findByLabelText<HTMLInputElement>(/^Nom de la mission/);
    expect(mission.value).toBe(ready?.model.mission);
    const first = screen.getAllByLabelText('Mission 1')[0] as HTMLTextAreaElement;
    const text = first.value;
    await fireEvent.click(
      screen.getAllByRole('button', { name: 'Descendre la mission 1' })[0] as HTMLElement,
    );
    expect((screen.getAllByLabelText('Mission 2')[0] as HTMLTextAreaElement).value).toBe(text);
  }, 90_000); // jsdom label queries over a whole ready model are slow on a busy machine
  it('« Partir de zéro » lists the person’s and the year’s fields, with their roles', async () => {
    open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Partir de zéro' }));
    const roles = [1, 2, 3, 4, 5].map(
      (n) => screen.getByLabelText<HTMLSelectElement>(`Rôle du champ ${n}`).value,
    );
    expect(roles).toEqual(['civilite', 'prenom', 'nom', 'fonction', 'anneeScolaire']);
    expect(preview()).toContain('est chargé ou chargée, avec son accord');
  });

  it('once saved, offers to write a letter from the model and to export it, on its own page', async () => {
    const { models } = open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Partir de zéro' }));
    expect(screen.queryByRole('link', { name: 'Écrire une lettre avec ce modèle' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Exporter le modèle' })).toBeNull();

    await type(/^Nom de la mission/, 'Référent Zéphyr');
    await waitFor(() => expect(models.records.size).toBe(1), { timeout: 5000 });
    const [id] = [...models.records.keys()];
    const write = await screen.findByRole('link', { name: 'Écrire une lettre avec ce modèle' });
    expect(write.getAttribute('href')).toBe(`/modeles/rediger/?modele=${id ?? ''}`);

    const files = await downloadsOf(() =>
      fireEvent.click(screen.getByRole('button', { name: 'Exporter le modèle' })),
    );
    expect(files).toHaveLength(1);
    const file = JSON.parse(await (files[0] as Blob).text()) as {
      model: { model: { mission: string } };
    };
    expect(file.model.model.mission).toBe('Référent Zéphyr');
    expect(document.querySelector('.model-actions [role="status"]')?.textContent).toBe(
      'Modèle exporté\u00a0: modele-lettre-de-mission.json',
    );
  });
});
