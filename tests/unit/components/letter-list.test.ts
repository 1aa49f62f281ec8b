// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { makeLetter } from '../../fixtures/make-letter';
import { SelectiveFailStore } from '../support/failing-store';
import { cards, folded, marie, now, setup } from './letter-list-setup';

describe('« Mes lettres »', () => {
  it('lists every letter, newest first, with its person, mission, year and an editor link', async () => {
    await setup();
    await screen.findByRole('heading', { name: 'Marie Curie' });
    expect(cards()).toEqual(['Marie Curie', 'Paul Éluard']);
    const open = screen.getByRole('link', { name: /^Ouvrir la lettre «.Marie Curie/ });
    expect(open.getAttribute('href')).toBe('/lettres/referent-decrochage/rediger/?id=m-1');
    expect(screen.getByText('Coordonnateur du REP', { selector: 'dd' })).toBeTruthy();
    const statuses = screen.getAllByRole('status').map((status) => status.textContent?.trim());
    expect(statuses).toContain('2 lettres.');
  });

  // With a hundred cards, role queries (which compute every accessible name) take seconds in
  // jsdom: these two tests look the cards, statuses and button up by selector instead.
  const titles = () =>
    [...document.querySelectorAll('.letter-card h3')].map((h) => h.textContent?.trim());
  const statuses = () =>
    [...document.querySelectorAll('[role="status"]')].map((s) => folded(s.textContent ?? ''));
  const moreButton = () => document.querySelector<HTMLButtonElement>('button.show-more');
  const letters120 = (prenom: (i: number) => string) =>
    Array.from({ length: 120 }, (_, i) =>
      makeLetter(`n${i}`, {
        updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        values: { prenom: prenom(i), nom: `N${String(i).padStart(3, '0')}` },
      }),
    );

  it('shows the 50 most recent letters first, then 50 more at a time, focus on the first new one', async () => {
    await setup(
      new MemoryStore(),
      letters120(() => 'Agent'),
    );
    await waitFor(() => expect(titles()).toHaveLength(50));
    expect(titles()[0]).toBe('Agent N119');
    expect(titles()[49]).toBe('Agent N070');
    expect(statuses()).toContain(folded('120 lettres, 50 affichées.'));

    const more = moreButton();
    expect(more?.textContent?.trim()).toBe('Afficher les 50 lettres suivantes');
    more?.focus();
    await fireEvent.click(more as HTMLButtonElement);
    await waitFor(() => expect(titles()).toHaveLength(100));
    await waitFor(() => expect(document.activeElement?.textContent?.trim()).toBe('Agent N069'));
    expect(document.activeElement?.tagName).toBe('H3');
    expect(statuses()).toContain(folded('120 lettres, 100 affichées.'));

    expect(moreButton()?.textContent?.trim()).toBe('Afficher les 20 lettres suivantes');
    await fireEvent.click(moreButton() as HTMLButtonElement);
    await waitFor(() => expect(titles()).toHaveLength(120));
    await waitFor(() => expect(document.activeElement?.textContent?.trim()).toBe('Agent N019'));
    expect(titles()[119]).toBe('Agent N000');
    expect(statuses()).toContain('120 lettres.');
    expect(moreButton()).toBeNull();
  }, 30_000);

  it('the search runs over every letter, and shows its first 50 results', async () => {
    await setup(
      new MemoryStore(),
      letters120((i) => (i % 2 === 0 ? 'Jeanne' : 'Louis')),
    );
    const search = await screen.findByLabelText('Rechercher une lettre');
    await fireEvent.click(moreButton() as HTMLButtonElement);
    await waitFor(() => expect(titles()).toHaveLength(100));

    // A letter far down the list is found, and a new search starts again from its first results.
    await fireEvent.input(search, { target: { value: 'n003' } });
    expect(titles()).toEqual(['Louis N003']);
    expect(moreButton()).toBeNull();
    await fireEvent.input(search, { target: { value: 'jeanne' } });
    expect(titles()).toHaveLength(50);
    expect(statuses()).toContain(
      folded('60 lettres sur 120 correspondent à «\u00a0jeanne\u00a0», 50 affichées.'),
    );
    expect(moreButton()?.textContent?.trim()).toBe('Afficher les 10 lettres suivantes');
    await fireEvent.click(moreButton() as HTMLButtonElement);
    await waitFor(() => expect(titles()).toHaveLength(60));
  }, 30_000);

  it('the search filters on person, mission and year, without accents, and says how many', async () => {
    await setup();
    const search = await screen.findByLabelText('Rechercher une lettre');
    await fireEvent.input(search, { target: { value: 'eluard' } });
    expect(cards()).toEqual(['Paul Éluard']);
    expect(
      screen.getByText(folded('1 lettre sur 2 correspond à «\u00a0eluard\u00a0».')),
    ).toBeTruthy();
    await fireEvent.input(search, { target: { value: 'DÉCROCHAGE 2025' } });
    expect(cards()).toEqual(['Marie Curie']);
    await fireEvent.input(search, { target: { value: 'personne' } });
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(screen.getByText(/^Aucune lettre ne correspond/)).toBeTruthy();
  });

  it('deleting removes at once; « Annuler » brings the letter back exactly', async () => {
    const repo = await setup();
    await fireEvent.click(await screen.findByRole('button', { name: /^Supprimer .*Marie Curie/ }));
    const undo = await screen.findByRole('button', { name: 'Annuler la suppression' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText(/^Lettre supprimée/)).toBeTruthy();
    await waitFor(() => expect(cards()).toEqual(['Paul Éluard']));
    expect(await repo.get('m-1')).toBeNull();

    await fireEvent.click(undo);
    await waitFor(() => expect(cards()).toEqual(['Marie Curie', 'Paul Éluard']));
    expect(await repo.get('m-1')).toEqual(marie);
    expect(screen.queryByRole('button', { name: 'Annuler la suppression' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent?.trim()).toBe('Marie Curie'));
  });

  it('« Annuler » after another tab saved the letter again: refused, said, nothing replaced', async () => {
    const repo = await setup();
    await fireEvent.click(await screen.findByRole('button', { name: /^Supprimer .*Marie Curie/ }));
    const undo = await screen.findByRole('button', { name: 'Annuler la suppression' });
    // The tab still editing Marie's letter saves it after the deletion.
    const theirs = await repo.save({ ...marie, title: 'Version de l’autre onglet' }, 0);
    await fireEvent.click(undo);
    const alert = await screen.findByRole('alert');
    expect(folded(alert.textContent ?? '')).toContain(
      'a été modifiée dans un autre onglet depuis sa suppression : elle n’a pas été rétablie ' +
        'et rien n’a été remplacé.',
    );
    expect(await repo.get('m-1')).toEqual(theirs);
    expect(screen.queryByRole('button', { name: 'Annuler la suppression' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('letters-heading'));
  });

  it('when the undo cannot be written, the message says so and « Annuler » stays', async () => {
    const store = new SelectiveFailStore();
    const repo = await setup(store);
    await fireEvent.click(await screen.findByRole('button', { name: /^Supprimer .*Marie Curie/ }));
    const undo = await screen.findByRole('button', { name: 'Annuler la suppression' });
    store.failOn = () => true;
    await fireEvent.click(undo);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('L’enregistrement a échoué');
    expect(screen.getByRole('button', { name: 'Annuler la suppression' })).toBeTruthy();
    store.failOn = () => false;
    await fireEvent.click(screen.getByRole('button', { name: 'Annuler la suppression' }));
    await waitFor(() => expect(cards()).toEqual(['Marie Curie', 'Paul Éluard']));
    expect(await repo.get('m-1')).toEqual(marie);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('deleting the last letter shows the empty state, with the undo bar still there', async () => {
    await setup(new MemoryStore(), [marie]);
    await fireEvent.click(await screen.findByRole('button', { name: /^Supprimer/ }));
    await screen.findByText(/^Aucune lettre pour l’instant/);
    expect(screen.getByRole('link', { name: /Coordonnateur du REP/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Annuler la suppression' })).toBeTruthy();
  });

  it('« Dupliquer pour l’année suivante » adds a copy for the next school year', async () => {
    const repo = await setup();
    const button = await screen.findByRole('button', {
      name: /^Dupliquer pour l’année suivante .*Marie Curie/,
    });
    await fireEvent.click(button);
    await waitFor(() => expect(cards()).toEqual(['Marie Curie', 'Marie Curie', 'Paul Éluard']));
    const first = screen.getAllByRole('listitem').find((item) => item.querySelector('h3'));
    expect(within(first as HTMLElement).getByText('2026-2027')).toBeTruthy();
    expect(screen.getByText(/^Copie créée en tête de liste/)).toBeTruthy();
    const copy = await repo.get('copie-1');
    expect(copy).toMatchObject({ revision: 0, title: marie.title, createdAt: now().toISOString() });
    expect(copy?.date).toBe('2026-12-01');
    expect(screen.getByText(/Elle est datée d’aujourd’hui\.$/)).toBeTruthy();
  });

  it('after « Dupliquer pour l’année suivante », says how many texts cite a past year', async () => {
    const vu = [
      { id: 'v1', text: 'Vu la circulaire du 29 mars 2013.' },
      { id: 'v2', text: 'Vu les priorités pour l’année 2019-2020.' },
    ];
    const preamble = [{ id: 'p1', text: 'Bilan au plus tard le 25 janvier 2026.' }];
    await setup(new MemoryStore(), [{ ...marie, vu, preamble }]);
    await fireEvent.click(
      await screen.findByRole('button', { name: /^Dupliquer pour l’année suivante/ }),
    );
    const notice = await screen.findByText(/^Copie créée en tête de liste/);
    expect(folded(notice.textContent ?? '')).toBe(
      'Copie créée en tête de liste : Marie Curie, Référent décrochage, 2026-2027. ' +
        'Elle est datée d’aujourd’hui ; 2 textes citent une année passée, à vérifier dans l’éditeur.',
    );
  });

  it('follows other tabs, and tells them what it did', async () => {
    const repo = await setup();
    const other = createLetterChannel(repo.bus.factory);
    const heard: LetterMessage[] = [];
    other.subscribe((message) => heard.push(message));
    await screen.findByRole('heading', { name: 'Marie Curie' });
    await repo.restore(makeLetter('x', { values: { prenom: 'Xavier', nom: 'Niel' } }));
    other.announce({ kind: 'saved', id: 'x-1', revision: 0 });
    await waitFor(() => expect(cards()).toContain('Xavier Niel'));
    await repo.remove('p-1');
    other.announce({ kind: 'removed', id: 'p-1' });
    await waitFor(() => expect(cards()).not.toContain('Paul Éluard'));
    await fireEvent.click(screen.getByRole('button', { name: /^Supprimer .*Marie Curie/ }));
    await waitFor(() => expect(heard).toEqual([{ kind: 'removed', id: 'm-1' }]));
  });
});
