// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import SchoolForm from '../../../src/components/school/SchoolForm.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { emptySchool } from '../../../src/lib/schemas/school';
import { ChannelBus } from '../support/channel-bus';

const probe = async () => ({ ok: true }) as const;

/** The form over `store`, its repository, and what another tab would write through. */
function setup(store: MemoryStore) {
  const bus = new ChannelBus();
  const repo = new LetterRepository(store);
  render(SchoolForm, {
    props: {
      listHref: '/mes-lettres/',
      services: { store: { probe }, repo, channel: createLetterChannel(bus.factory) },
      options: { delayMs: 5, saveOnLeave: false },
    },
  });
  return { repo };
}

/** An element's text with the template's line breaks as single spaces (no-break spaces kept). */
const text = (element: Element) => element.textContent?.replace(/[ \n]+/g, ' ') ?? '';

const status = () => document.querySelector('.save-status')?.textContent?.trim() ?? '';

describe('« Mon établissement » changed in another tab while typing here', () => {
  /** The form open on an empty school; another tab then saves « Meaux », unheard here. */
  async function conflict() {
    const store = new MemoryStore();
    const { repo } = setup(store);
    const ville = await screen.findByLabelText('Ville');
    await repo.school.save({ ...emptySchool, ville: 'Meaux' }, 0);
    await fireEvent.input(ville, { target: { value: 'Melun' } });
    const alert = await screen.findByRole('alert');
    return { repo, alert, ville: ville as HTMLInputElement };
  }

  it('says so, writes nothing, and offers both versions', async () => {
    const { repo, alert, ville } = await conflict();
    expect(text(alert)).toContain(
      '«\u00a0Mon établissement\u00a0» a été modifié dans un autre onglet',
    );
    expect(text(alert)).toContain('Rien n’a été écrasé');
    expect(status()).toBe(
      'Non enregistré\u00a0: «\u00a0Mon établissement\u00a0» a changé dans un autre onglet.',
    );
    expect((await repo.getSchool()).ville).toBe('Meaux');
    expect(ville.value).toBe('Melun');
    for (const name of [
      'Garder la version de cet onglet',
      'Afficher la version de l’autre onglet',
      'Télécharger cette version d’abord',
    ])
      expect(screen.getByRole('button', { name }).tagName).toBe('BUTTON'); // reachable by Tab
  });

  it('« Garder la version de cet onglet » writes this tab’s text', async () => {
    const { repo } = await conflict();
    await fireEvent.click(screen.getByRole('button', { name: 'Garder la version de cet onglet' }));
    await waitFor(() => expect(status()).toMatch(/^Enregistré/));
    expect(await repo.school.open()).toMatchObject({ record: { ville: 'Melun', revision: 2 } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('« Afficher la version de l’autre onglet » shows it and keeps it', async () => {
    const { repo, ville } = await conflict();
    await fireEvent.click(
      screen.getByRole('button', { name: 'Afficher la version de l’autre onglet' }),
    );
    await waitFor(() => expect(ville.value).toBe('Meaux'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await repo.school.open()).toMatchObject({ record: { ville: 'Meaux', revision: 1 } });
  });
});

describe('an unreadable « Mon établissement »', () => {
  it('is said with what to do, and typing keeps it aside', async () => {
    const store = new MemoryStore();
    const raw = { etablissement: 'Collège Jean Moulin', uai: '0771234Y', couleur: 'bleu' };
    await store.set('school', raw);
    const { repo } = setup(store);
    const alert = await screen.findByRole('alert');
    expect(text(alert)).toContain(
      'Les données de «\u00a0Mon établissement\u00a0» enregistrées dans ce navigateur sont illisibles',
    );
    expect(text(alert)).toContain('rien n’est effacé');
    expect(text(alert)).toContain('couleur');
    expect(
      screen.getByRole('button', { name: 'Télécharger les données mises de côté' }),
    ).toBeTruthy();

    const name = await screen.findByLabelText('Nom de l’établissement');
    expect((name as HTMLInputElement).value).toBe('');
    await fireEvent.input(name, { target: { value: 'C' } });
    await waitFor(() => expect(status()).toMatch(/^Enregistré/));
    expect((await repo.getSchool()).etablissement).toBe('C');
    expect(await repo.quarantined()).toEqual([{ key: 'quarantine:school', raw }]);
    expect(screen.getByRole('alert').textContent).toContain('illisibles');
  });
});
