// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { bulkPageWithDisciplineModel } from './bulk-page';

/** Issue 21, point 3: each person's own fields in « Plusieurs personnes », as the page shows them. */

let spies: { mockRestore: () => void }[] = [];

afterEach(() => {
  cleanup();
  for (const spy of spies) spy.mockRestore();
  spies = [];
});

/** « Plusieurs personnes » with the discipline model chosen and « mathématiques » shared. */
async function page() {
  await bulkPageWithDisciplineModel();
  await fireEvent.input(screen.getByLabelText(/^Discipline coordonnée/), {
    target: { value: 'mathématiques' },
  });
}

const typeList = async (list: string) =>
  fireEvent.input(screen.getByLabelText('Une personne par ligne'), { target: { value: list } });

/** The help under the shared discipline, as a screen reader reads it with its box. */
function disciplineHelp(): string {
  const input = screen.getByLabelText(/^Discipline coordonnée/);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('« Plusieurs personnes » with a column for another field of the model', () => {
  it('says in the shared values which field the list gives for each person', async () => {
    await page();
    expect(disciplineHelp()).not.toContain('Donné par la liste');
    await typeList('Civilité;Nom;Prénom;Discipline\nMme;Dupont;Claire;physique-chimie');
    expect(disciplineHelp()).toContain(
      'Donné par la liste pour chaque personne (colonne «\u00a0Discipline\u00a0»)\u202f; ' +
        'la valeur saisie ici vaut pour les cases vides.',
    );
  });

  it('shows the column in the preview, and the shared value where a cell is empty', async () => {
    await page();
    await typeList(
      'Civilité;Nom;Prénom;Discipline\nMme;Dupont;Claire;physique-chimie\nM.;Roux;Paul;',
    );
    const table = screen.getByRole('table', { name: 'Les personnes de la liste' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toContain('Discipline coordonnée');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.lastElementChild?.textContent?.trim());
    expect(rows).toEqual(['physique-chimie', 'valeur commune\u00a0: mathématiques']);
  });

  it('offers the CSV header of the model to download, made in the browser', async () => {
    const caught = { blobs: [] as Blob[], names: [] as string[] };
    spies = [
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        caught.blobs.push(blob as Blob);
        return '#csv';
      }),
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {}),
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        caught.names.push(this.download);
      }),
    ];
    await page();
    expect(screen.getByText(/les colonnes possibles sont/).textContent).toContain(
      'Année scolaire, Discipline coordonnée, Date du conseil d’administration',
    );
    await fireEvent.click(
      screen.getByRole('button', { name: 'Télécharger l’en-tête CSV de ce modèle' }),
    );
    expect(caught.names).toEqual(['plusieurs-personnes-coordonnateur-discipline.csv']);
    const bytes = new Uint8Array(await (caught.blobs[0] ?? new Blob()).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      'Civilité;Nom;Prénom;Fonction;Taux;Nombre d’IMP;Année scolaire;Discipline coordonnée;' +
        'Date du conseil d’administration;Date de remise du bilan de fin d’année\r\n',
    );
  });
});
