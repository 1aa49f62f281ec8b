// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import Editor from '../../../src/components/editor/Editor.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { readYaml } from '../support/content';
import { typeInBox, boxText } from '../support/text-box';

const model = letterTypeSchema.parse(readYaml('lettres/referent-decrochage-scolaire.yaml'));
const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map((rate) =>
  impRateSchema.parse(rate),
);
const firstBlock = model.sections[0]?.blocks[0];
const missions = firstBlock?.type === 'list' ? firstBlock.items : [];
/** How a mission starts in the preview: its words before any blank or agreement group. */
const opening = (text: string | undefined) => (text ?? '').split('{')[0]?.slice(0, 40) ?? '';

beforeEach(() =>
  window.history.replaceState(null, '', '/lettres/referent-decrochage-scolaire/rediger/'),
);

/** The editor of a new décrochage letter over an empty store. */
async function open() {
  const repo = new LetterRepository(new MemoryStore());
  const services = {
    store: { probe: async () => ({ ok: true }) as const },
    repo,
    channel: createLetterChannel(new ChannelBus().factory),
  };
  const view = render(Editor, {
    props: {
      typeId: 'referent-decrochage-scolaire',
      model,
      rates,
      listHref: '/mes-lettres/',
      services,
    },
  });
  await screen.findByLabelText(/^Nom du référent/, {}, { timeout: 5000 });
  return { repo, view };
}

const preview = () => document.querySelector('.letter-page')?.textContent ?? '';
const status = () => document.querySelector('.save-status')?.getAttribute('data-state');
const undoBar = () => document.querySelector('.editor-bar .undo-bar') as HTMLElement;
const button = (name: string | RegExp, within_: HTMLElement = document.body) =>
  within(within_).getByRole('button', { name });
const firstSection = () => document.querySelector('.section-editor') as HTMLElement;

describe('a removed mission, paragraph or section can be put back', () => {
  it('« Annuler » puts a removed mission back at its place and focuses it', async () => {
    await open();
    await fireEvent.click(button('Supprimer la mission 2', firstSection()));
    expect(preview()).not.toContain(missions[1]);
    expect(undoBar().getAttribute('role')).toBe('status');
    expect(undoBar().textContent).toContain('Mission 2 supprimée');

    await fireEvent.click(button('Annuler la suppression', undoBar()));
    const text = preview();
    expect(text.indexOf(opening(missions[0]))).toBeGreaterThan(-1);
    expect(text.indexOf(opening(missions[0]))).toBeLessThan(text.indexOf(opening(missions[1])));
    expect(text.indexOf(opening(missions[1]))).toBeLessThan(text.indexOf(opening(missions[2])));
    const restored = within(firstSection()).getByRole('textbox', { name: 'Mission 2' });
    expect(boxText(restored)).toBe(missions[1]);
    await waitFor(() => expect(document.activeElement).toBe(restored));
    expect(undoBar().textContent?.trim()).toBe('');
  });

  it('« Annuler » puts a removed section back before the one added after it', async () => {
    await open();
    const title = model.sections[0]?.title ?? '';
    await fireEvent.click(button('Ajouter une section'));
    await fireEvent.input(screen.getByLabelText('Titre de la section 2'), {
      target: { value: 'Suivi des élèves' },
    });
    await typeInBox(
      screen.getAllByRole('textbox', { name: 'Mission 1' }).at(-1) as Element,
      'Réunir le GPDS.',
    );
    await fireEvent.click(button('Supprimer la section 1'));
    expect(preview()).not.toContain(title);
    expect(undoBar().textContent).toContain('Section 1 supprimée');

    await fireEvent.click(button('Annuler la suppression', undoBar()));
    expect(preview().indexOf(title)).toBeGreaterThan(-1);
    expect(preview().indexOf(title)).toBeLessThan(preview().indexOf('Suivi des élèves'));
    const restored = screen.getByLabelText('Titre de la section 1');
    expect((restored as HTMLInputElement).value).toBe(title);
    await waitFor(() => expect(document.activeElement).toBe(restored));
  });

  it('« Annuler » puts a removed paragraph back; « Fermer » lets the removal stand', async () => {
    await open();
    await fireEvent.click(button('Ajouter un paragraphe', firstSection()));
    await typeInBox(
      within(firstSection()).getByLabelText('Paragraphe 1'),
      'Un paragraphe de la section.',
    );
    await fireEvent.click(button('Supprimer le paragraphe 1', firstSection()));
    expect(preview()).not.toContain('Un paragraphe de la section.');
    await fireEvent.click(button('Annuler la suppression', undoBar()));
    expect(preview()).toContain('Un paragraphe de la section.');

    await fireEvent.click(button('Supprimer le paragraphe 1', firstSection()));
    await fireEvent.click(button('Fermer ce message', undoBar()));
    expect(preview()).not.toContain('Un paragraphe de la section.');
    expect(within(undoBar()).queryByRole('button')).toBeNull();
  });
});

describe('a new letter is written on its first change of content', () => {
  it('« Ajouter » alone writes nothing; typing in the new item does', async () => {
    const { repo } = await open();
    await fireEvent.click(button('Ajouter une mission', firstSection()));
    await fireEvent.click(button('Ajouter une section'));
    await fireEvent.click(button('Ajouter une ligne de copie'));
    expect(status()).toBe('idle');

    const added = within(firstSection())
      .getAllByRole('textbox', { name: /^Mission/ })
      .at(-1);
    await typeInBox(added as Element, 'Une mission ajoutée.');
    expect(status()).not.toBe('idle');
    await waitFor(() => expect(status()).toBe('saved'), { timeout: 3000 });
    const [stored] = (await repo.list()).letters;
    expect(stored?.sections[0]?.blocks[0]).toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ text: 'Une mission ajoutée.' })]),
    });
  });

  it('leaving after « Ajouter » alone leaves « Mes lettres » empty', async () => {
    const { repo, view } = await open();
    await fireEvent.click(button('Ajouter une référence'));
    view.unmount();
    // Leaving saves whatever is pending: nothing is.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await repo.list()).letters).toEqual([]);
  });
});

describe('buttons say what they do, in French', () => {
  it('names each button with its noun, article and number', async () => {
    await open();
    const section = firstSection();
    for (const name of [
      'Monter la mission 2',
      'Descendre la mission 1',
      'Insérer après la mission 1',
      'Supprimer la mission 3',
      'Ajouter une mission',
      'Ajouter un paragraphe',
      'Ajouter une liste de missions',
      'Supprimer la section 1',
      'Revenir au modèle pour la section 1',
    ]) {
      expect(button(name, section), name).toBeTruthy();
    }
    expect(button('Supprimer la référence 2')).toBeTruthy();
    expect(button('Ajouter une référence')).toBeTruthy();
    const introduction = screen.getByRole('group', { name: 'Introduction' });
    expect(button('Monter le paragraphe 2', introduction)).toBeTruthy();
    expect(button('Ajouter une ligne de copie')).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /\u00a0:|:\s/ })).toEqual([]);
  });
});

describe('editing never mutates what a component received', () => {
  it('typing in a section title and the letter’s date raises no Svelte warning', async () => {
    // The setup file fails the test on any Svelte warning (ownership_invalid_mutation…).
    await open();
    await fireEvent.input(screen.getByLabelText('Titre de la section 1'), {
      target: { value: 'Objectifs' },
    });
    await fireEvent.input(screen.getByLabelText('Date de la lettre'), {
      target: { value: '2026-09-01' },
    });
    expect(preview()).toContain('Objectifs');
    expect(preview()).toContain('1er septembre 2026');
  });
});
