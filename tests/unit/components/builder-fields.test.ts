// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import FieldsBuilder from '../../../src/components/builder/FieldsBuilder.svelte';
import { blankBuilder, renderUndoBar } from '../support/builder-part';

/**
 * The fields of a blank model (« Partir de zéro ») with a second field, « Discipline », added
 * as a user does, and the undo bar: the part of « Créer un modèle » these tests are about.
 */
async function openBlank() {
  const builder = blankBuilder();
  render(FieldsBuilder, {
    props: {
      get fields() {
        return builder.model.fields;
      },
      writer: builder,
    },
  });
  renderUndoBar(builder);
  await fireEvent.input(screen.getByLabelText('Libellé du nouveau champ'), {
    target: { value: 'Discipline' },
  });
  await fireEvent.click(screen.getByRole('button', { name: 'Ajouter le champ' }));
}

const select = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const optionTexts = (label: string) =>
  [...screen.getByLabelText<HTMLSelectElement>(label).options].map((option) => option.text);

describe('a field in « Créer un modèle »', () => {
  it('offers every type by its French name, and only the roles and pre-fills that suit it', async () => {
    await openBlank();
    expect(optionTexts('Type du champ 2')).toEqual([
      'Texte court',
      'Texte long',
      'Date',
      'Année scolaire',
      'UAI (identifiant de l’établissement)',
      'Adresse électronique',
      'Nombre d’IMP',
      'Liste de choix',
      'Nombre',
      'Oui ou non',
      'Montant en euros',
    ]);
    expect(optionTexts('Rôle du champ 2')).toEqual([
      'Aucun',
      'Prénom de la personne',
      'Nom de la personne',
      'Fonction de la personne',
    ]);
    await fireEvent.change(screen.getByLabelText(/^Champ 2 prérempli avec/), {
      target: { value: 'ville' },
    });
    expect(screen.getByLabelText<HTMLSelectElement>(/^Champ 2 prérempli avec/).value).toBe('ville');
    await select('Type du champ 2', 'yesNo');
    expect(screen.queryByLabelText('Rôle du champ 2')).toBeNull();
    expect(screen.queryByLabelText(/^Champ 2 prérempli/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter une suggestion au champ 2' })).toBeNull();
    await select('Type du champ 2', 'amount');
    expect(screen.getByRole('button', { name: 'Ajouter une suggestion au champ 2' })).toBeTruthy();
  });

  it('edits a choice’s options with the keyboard buttons, and puts a removed one back', async () => {
    await openBlank();
    await select('Type du champ 2', 'choice');
    await fireEvent.input(screen.getByLabelText('Choix 1 du champ 2'), {
      target: { value: 'Français' },
    });
    await fireEvent.input(screen.getByLabelText('Choix 2 du champ 2'), {
      target: { value: 'Histoire' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Ajouter un choix au champ 2' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Choix 3 du champ 2')),
    );
    await fireEvent.input(screen.getByLabelText('Choix 3 du champ 2'), {
      target: { value: 'EPS' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Monter le choix 3 du champ 2' }));
    const value = (n: number) => screen.getByLabelText<HTMLInputElement>(`Choix ${n} du champ 2`);
    expect([1, 2, 3].map((n) => value(n).value)).toEqual(['Français', 'EPS', 'Histoire']);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Monter le choix 2 du champ 2' }),
      ),
    );

    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer le choix 1 du champ 2' }));
    expect([1, 2].map((n) => value(n).value)).toEqual(['EPS', 'Histoire']);
    expect(document.querySelector('.undo-bar')?.textContent).toContain(
      'Choix 1 du champ 2 supprimé.',
    );
    await fireEvent.click(screen.getByRole('button', { name: /^Annuler/ }));
    expect([1, 2, 3].map((n) => value(n).value)).toEqual(['Français', 'EPS', 'Histoire']);
  });
});
