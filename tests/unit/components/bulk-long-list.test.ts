// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { bulkPageWithDisciplineModel } from './bulk-page';

afterEach(() => cleanup());

/** `count` good people, one per line. */
const people = (count: number) =>
  Array.from({ length: count }, (_, index) => `Mme;Nom${index};Claire;professeure;3;1`).join('\n');

const listBox = () => screen.getByLabelText('Une personne par ligne');

/** A paste into the list: the browser says so (`insertFromPaste`), and the list is read at once. */
async function paste(value: string) {
  const box = listBox() as HTMLTextAreaElement;
  box.value = value;
  await fireEvent(box, new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

/** A key typed at the end of the list. */
async function type(value: string) {
  await fireEvent.input(listBox(), { target: { value } });
}

/** The texts of the elements `selector` finds, no-break spaces kept, source line breaks not. */
const texts = (selector: string) =>
  [...document.querySelectorAll(selector)].map((element) =>
    (element.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim(),
  );

/** Whether the page shows a text matching `pattern` in one of its paragraphs. */
const shows = (pattern: RegExp) => texts('p').some((text) => pattern.test(text));

describe('« Plusieurs personnes » with a long list (issue 22)', () => {
  it('states the limits beside the list and the file', async () => {
    await bulkPageWithDisciplineModel();
    const described = (id: string) =>
      (document.getElementById(id)?.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((hint) => document.getElementById(hint)?.textContent ?? '')
        .join(' ')
        .replace(/[ \n\t]+/g, ' ');
    expect(described('people-list')).toContain(
      'La liste fait 2\u00a0Mo et 10\u202f000 lignes au plus\u00a0; coupez une liste plus longue en plusieurs.',
    );
    expect(described('people-file')).toContain(
      'Un fichier de 2\u00a0Mo et 10\u202f000 lignes au plus.',
    );
  });

  it('refuses a file over 2 Mo without reading it, and says what to do', async () => {
    await bulkPageWithDisciplineModel();
    const file = new File(['Mme;Dupont;Claire'], 'personnel.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: 20 * 1024 * 1024 });
    const read = vi.spyOn(file, 'arrayBuffer');
    const text = vi.spyOn(file, 'text');
    await fireEvent.change(screen.getByLabelText('Ou importer un fichier CSV ou texte'), {
      target: { files: [file] },
    });
    await waitFor(() => expect(shows(/^Le fichier/)).toBe(true));
    expect(texts('p').find((line) => line.startsWith('Le fichier'))).toBe(
      'Le fichier «\u00a0personnel.csv\u00a0» n’a pas été lu\u00a0: il pèse 20\u00a0Mo, une liste ' +
        'pèse 2\u00a0Mo au plus. Coupez-la en plusieurs listes et créez leurs lettres l’une après ' +
        'l’autre (les lettres déjà créées restent dans «\u00a0Mes lettres\u00a0»).',
    );
    expect(read).not.toHaveBeenCalled();
    expect(text).not.toHaveBeenCalled();
    expect((listBox() as HTMLTextAreaElement).value).toBe('');
  });

  it('shows the first 100 rows of 5 000, and counts them all', async () => {
    await bulkPageWithDisciplineModel();
    await paste(people(5_000));
    const table = screen.getByRole('table', { name: 'Les personnes de la liste' });
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(shows(/^5\u202f000 personnes prêtes/)).toBe(true);
    expect(shows(/^Les 100 premières lignes sur 5\u202f000 sont affichées/)).toBe(true);
    const button = screen.getByRole('button', { name: 'Créer les 5\u202f000 lettres' });
    expect(button.hasAttribute('disabled')).toBe(false);
  });

  it('reads a long list again once typing pauses, not at each key', async () => {
    await bulkPageWithDisciplineModel();
    await paste(people(5_000));
    await type(`${people(5_000)}\nMme;;`);
    // The key is in the box at once; the preview still shows the list read before it.
    expect((listBox() as HTMLTextAreaElement).value).toBe(`${people(5_000)}\nMme;;`);
    expect(shows(/^5\u202f000 personnes prêtes\.$/)).toBe(true);
    await waitFor(() =>
      expect(shows(/^5\u202f000 personnes prêtes, 1 ligne à corriger/)).toBe(true),
    );
  });
});
