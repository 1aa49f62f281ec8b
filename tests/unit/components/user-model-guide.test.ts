// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import UserModelGuide from '../../../src/components/models/UserModelGuide.svelte';
import { StoredUserModels } from '../../../src/lib/models/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { userModelSchema, type UserModel } from '../../../src/lib/schemas/user-model';
import { UnavailableStore } from '../support/failing-store';
import { zephyr } from '../models/fixture';

const acronyms = [
  { id: 'cpe', term: 'CPE', variants: [], expansion: 'Conseiller principal d’éducation' },
];

afterEach(() => window.history.replaceState(null, '', '/'));

/** The guide opened on `?modele=<id>` over `store`. */
function openGuide(store: MemoryStore, id: string | null) {
  window.history.replaceState(null, '', id ? `/mes-modeles/guide/?modele=${id}` : '/');
  render(UserModelGuide, {
    props: {
      acronyms,
      rates: [],
      writeHref: '/modeles/rediger/',
      editHref: '/modeles/creer/',
      modelsHref: '/mes-modeles/',
      models: new StoredUserModels(store),
    },
  });
}

/** « Référent Zéphyr » with notes, a reference and a hostile-looking mission item. */
function zephyrWithParts(): UserModel {
  const base = zephyr();
  return userModelSchema.parse({
    ...base,
    model: {
      ...base.model,
      audience: 'Un CPE ou un professeur.',
      notes: ['Vérifier la girouette chaque lundi.'],
      references: [{ label: 'Circulaire des vents du 1er mars 2026' }],
      sections: [
        {
          id: 'missions',
          title: 'Missions',
          blocks: [
            { type: 'list', items: ['{nom} veille au vent d’ouest.', '<b>gras</b> & <i>rien</i>'] },
          ],
        },
      ],
    },
  });
}

describe('the guide of a user model', () => {
  it('shows the model’s texts, fields and notes, and links to write a letter from it', async () => {
    const store = new MemoryStore();
    await store.set('model:zephyr-1', zephyrWithParts());
    openGuide(store, 'zephyr-1');

    const missions = await screen.findByRole('region', { name: 'Les missions' }, { timeout: 5000 });
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Lettre de mission de référent Zéphyr');
    expect(document.title).toBe('Référent Zéphyr – Lettres de mission');
    expect(
      within(missions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['[Nom du référent] veille au vent d’ouest.', '<b>gras</b> & <i>rien</i>']);
    // A user's text is text: no element is made of it.
    expect(missions.querySelector('b, i')).toBeNull();
    expect(screen.getByText('Vérifier la girouette chaque lundi.')).toBeTruthy();
    expect(screen.getByText('Circulaire des vents du 1er mars 2026')).toBeTruthy();
    expect(screen.getByText('Nom du référent')).toBeTruthy();
    // The glossary explains the acronyms of a user model as it does on the ready models' pages.
    const cpe = screen.getByText('CPE', { selector: 'abbr' });
    expect(cpe.getAttribute('title')).toBe('Conseiller principal d’éducation');
    expect(document.body.textContent).toMatch(
      /Modèle créé dans ce navigateur, à partir de «\u00a0Référent culture\u00a0»/,
    );
    const write = screen.getAllByRole('link', { name: 'Rédiger cette lettre' });
    expect(write.map((link) => link.getAttribute('href'))).toEqual([
      '/modeles/rediger/?modele=zephyr-1',
      '/modeles/rediger/?modele=zephyr-1',
    ]);
    expect(screen.getByRole('link', { name: /Modifier le modèle/ }).getAttribute('href')).toBe(
      '/modeles/creer/?id=zephyr-1',
    );
  });

  it('an unknown model says so and links to « Mes modèles »', async () => {
    openGuide(new MemoryStore(), 'absent-1');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Ce modèle n’existe pas, ou plus, dans ce navigateur.');
    expect(screen.getByRole('link', { name: 'Mes modèles' }).getAttribute('href')).toBe(
      '/mes-modeles/',
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('an address without a model says it is not found', async () => {
    openGuide(new MemoryStore(), null);
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toContain(
      'Ce modèle n’existe pas',
    );
  });

  it('an unreadable model is set aside, its problems named, nothing erased', async () => {
    const store = new MemoryStore();
    const broken = { ...zephyr(), model: { ...zephyr().model, mission: '' } };
    await store.set('model:zephyr-1', broken);
    openGuide(store, 'zephyr-1');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Ce modèle n’a pas pu être lu');
    expect(alert.textContent).toContain('nom de la mission');
    expect(await store.get('model:zephyr-1')).toEqual(broken);
    expect(screen.getByRole('link', { name: 'Mes modèles' })).toBeTruthy();
  });

  it('storage that cannot be read says so', async () => {
    openGuide(new UnavailableStore(), 'zephyr-1');
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toContain(
      'Le stockage du navigateur n’a pas pu être lu',
    );
  });
});
