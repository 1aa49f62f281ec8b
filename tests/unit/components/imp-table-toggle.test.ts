// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import Editor from '../../../src/components/editor/Editor.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { readYaml } from '../support/content';

const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map((rate) =>
  impRateSchema.parse(rate),
);
const nbsp = '\u00a0';
const nnbsp = '\u202f';

/** The editor of a new letter of the model `slug`, as its page shows it. */
async function open(slug: string) {
  window.history.replaceState(null, '', `/lettres/${slug}/rediger/`);
  const model = letterTypeSchema.parse(readYaml(`lettres/${slug}.yaml`));
  render(Editor, {
    props: {
      typeId: slug,
      model,
      rates,
      listHref: '/mes-lettres/',
      services: {
        store: { probe: async () => ({ ok: true }) as const },
        repo: new LetterRepository(new MemoryStore()),
        channel: createLetterChannel(new ChannelBus().factory),
      },
    },
  });
  // The file's first mount loads the editor's modules: seconds on a loaded machine.
  await screen.findByLabelText(/^Nom du coordonnateur/, {}, { timeout: 15_000 });
}

/** The rows of the IMP table in the preview, as cell texts. */
const previewRows = () =>
  [...document.querySelectorAll('.letter-page table tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
  );
const addButton = () => screen.queryByRole('button', { name: 'Ajouter un tableau des IMP' });

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('an IMP table on a REP letter, whose model has none', () => {
  it('is added from a button, printed in the preview, and taken out again', async () => {
    await open('coordonnateur-rep');
    expect(document.querySelector('.letter-page table')).toBeNull();
    const add = addButton();
    expect(add?.getAttribute('aria-describedby')).toBe('imp-add-hint');
    if (!add) throw new Error('the editor offers to add an IMP table');
    await fireEvent.click(add);

    // The focus goes to the new line's first control, so the keyboard carries on there.
    await waitFor(() => expect(document.activeElement?.id).toBe('imp-etablissement-taux'));
    const count = document.getElementById('imp-etablissement-count') as HTMLInputElement;
    await fireEvent.input(count, { target: { value: '1,5' } });
    await waitFor(() =>
      expect(previewRows()).toEqual([
        [
          'Coordonnateur du REP',
          '1,5',
          'Hors taux usuel',
          `1${nnbsp}875${nbsp}€`,
          `208,33${nbsp}€`,
        ],
      ]),
    );

    await fireEvent.click(screen.getByRole('button', { name: 'Retirer le tableau des IMP' }));
    await waitFor(() => expect(document.querySelector('.letter-page table')).toBeNull());
    expect(document.activeElement).toBe(addButton());
  });
});
