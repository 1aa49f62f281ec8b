// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import Editor from '../../../src/components/editor/Editor.svelte';
import SchoolForm from '../../../src/components/school/SchoolForm.svelte';
import LetterList from '../../../src/components/letters/LetterList.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { probeStore } from '../../../src/lib/storage/probe';
import { HangingStore } from '../support/failing-store';
import { ChannelBus } from '../support/channel-bus';
import { readYaml } from '../support/content';

const model = letterTypeSchema.parse(readYaml('lettres/referent-decrochage-scolaire.yaml'));
// Short, so the tests do not wait the real 5 s; the code paths are the same.
const timeoutMs = 20;
const noAnswer = /Le stockage du navigateur ne répond pas/;

/** Services over storage that never answers (an IndexedDB open that hangs). */
function hangingServices() {
  const store = new HangingStore();
  return {
    store: { probe: () => probeStore(store, timeoutMs), timeoutMs },
    repo: new LetterRepository(store),
    channel: createLetterChannel(new ChannelBus().factory),
  };
}

beforeEach(() =>
  window.history.replaceState(null, '', '/lettres/referent-decrochage-scolaire/rediger/'),
);

describe('pages over storage that never answers', () => {
  it('the editor leaves « Chargement », says so, keeps the typing and offers a backup', async () => {
    render(Editor, {
      props: {
        typeId: 'referent-decrochage-scolaire',
        model,
        rates: [],
        listHref: '/mes-lettres/',
        services: hangingServices(),
      },
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(noAnswer);
    expect(screen.queryByText('Chargement de la lettre…')).toBeNull();
    expect(within(alert).getByRole('button', { name: /Télécharger une sauvegarde/ })).toBeTruthy();
    const name = screen.getByLabelText<HTMLInputElement>(/^Nom du référent/);
    await fireEvent.input(name, { target: { value: 'Curie' } });
    expect(name.value).toBe('Curie');
    expect(document.querySelector('.letter-page')?.textContent).toContain('Curie');
  });

  it('« Mon établissement » leaves « Chargement », says so and offers a backup', async () => {
    render(SchoolForm, {
      props: {
        listHref: '/mes-lettres/',
        services: hangingServices(),
        options: { delayMs: 5, saveOnLeave: false },
      },
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(noAnswer);
    expect(screen.queryByText('Chargement…')).toBeNull();
    expect(within(alert).getByRole('button', { name: /Télécharger une sauvegarde/ })).toBeTruthy();
    const city = screen.getByLabelText<HTMLInputElement>('Ville');
    await fireEvent.input(city, { target: { value: 'Melun' } });
    expect(city.value).toBe('Melun');
  });

  it('« Mes lettres » leaves « Chargement » and says so', async () => {
    render(LetterList, {
      props: { models: [], rates: [], lettersHref: '/lettres/', services: hangingServices() },
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(noAnswer);
    // The probe and the list's read give up one after the other.
    await waitFor(() => expect(screen.queryByText('Chargement de vos lettres…')).toBeNull());
    expect(screen.getByRole('alert').textContent).toMatch(noAnswer);
  });
});

describe('a letter that storage cannot read', () => {
  it('is said unreadable for now, not « introuvable »', async () => {
    window.history.replaceState(null, '', '?id=lettre-1');
    render(Editor, {
      props: {
        typeId: 'referent-decrochage-scolaire',
        model,
        rates: [],
        listHref: '/mes-lettres/',
        services: hangingServices(),
      },
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Cette lettre n’a pas pu être lue');
    expect(alert.textContent).not.toContain('introuvable');
    expect(within(alert).getByRole('button', { name: 'Recharger la page' })).toBeTruthy();
  });
});
