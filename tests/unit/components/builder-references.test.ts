// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import ReferencesBuilder from '../../../src/components/builder/ReferencesBuilder.svelte';
import { MemoryModels } from '../support/memory-models';
import { blankBuilder, renderIssues, renderUndoBar } from '../support/builder-part';

const type = (label: RegExp | string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const issues = () => document.querySelector('.builder-issues')?.textContent ?? '';

describe('« Créer un modèle »: the reference texts', () => {
  it('adds, edits, moves and removes them with « Annuler », and saves them', async () => {
    const models = new MemoryModels();
    // « Partir de zéro »: the references of a blank model, what is left to correct, the undo bar.
    const builder = blankBuilder(models);
    renderIssues(builder);
    render(ReferencesBuilder, {
      props: {
        get references() {
          return builder.model.references;
        },
        writer: builder,
      },
    });
    renderUndoBar(builder);

    await fireEvent.click(screen.getByRole('button', { name: 'Ajouter un texte de référence' }));
    const first = screen.getByLabelText('Citation du texte de référence 1');
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(issues()).toContain('la citation du texte de référence 1\u00a0: texte vide');
    await type('Citation du texte de référence 1', 'Circulaire n° 2015-058 du 29 avril 2015');
    await type(/^Adresse du texte de référence 1/, 'bo-18');
    expect(issues()).toContain('l’adresse du texte de référence 1');
    await type(
      /^Adresse du texte de référence 1/,
      'https://www.education.gouv.fr/bo/15/Hebdo18/MENH1510214C.htm',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Ajouter un texte de référence' }));
    await type('Citation du texte de référence 2', 'Décret n° 2015-475 du 27 avril 2015');
    expect(issues()).toBe('');

    await fireEvent.click(screen.getByRole('button', { name: 'Monter le texte de référence 2' }));
    const label = (n: number) =>
      screen.getByLabelText<HTMLTextAreaElement>(`Citation du texte de référence ${n}`).value;
    expect(label(1)).toBe('Décret n° 2015-475 du 27 avril 2015');
    expect(
      screen.getByLabelText<HTMLInputElement>(/^Adresse du texte de référence 2/).value,
    ).toMatch(/MENH1510214C/);

    await fireEvent.click(
      screen.getByRole('button', { name: 'Supprimer le texte de référence 2' }),
    );
    expect(screen.queryByLabelText('Citation du texte de référence 2')).toBeNull();
    expect(document.querySelector('.undo-bar')?.textContent).toContain(
      'Texte de référence 2 supprimé.',
    );
    await fireEvent.click(screen.getByRole('button', { name: /^Annuler/ }));
    expect(label(2)).toBe('Circulaire n° 2015-058 du 29 avril 2015');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByLabelText('Citation du texte de référence 2'),
      ),
    );

    await waitFor(
      () =>
        expect([...models.records.values()][0]?.model.references).toEqual([
          { label: 'Décret n° 2015-475 du 27 avril 2015' },
          {
            label: 'Circulaire n° 2015-058 du 29 avril 2015',
            url: 'https://www.education.gouv.fr/bo/15/Hebdo18/MENH1510214C.htm',
          },
        ]),
      { timeout: 5000 },
    );
  });
});
