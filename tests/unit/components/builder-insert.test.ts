// @vitest-environment jsdom
/**
 * « Créer un modèle » writes blanks and agreements without braces typed: « Insérer un champ »
 * and « Insérer un accord selon la civilité » write at the cursor of the text box last typed
 * or moved in, the builder records it, and the box names what it holds by label.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { openBuilder } from './builder-setup';
import { MemoryModels } from '../support/memory-models';

/** The text a box's `aria-describedby` reads out: its chips line. */
const description = (box: HTMLElement) =>
  (box.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

const status = () =>
  [...document.querySelectorAll('.text-inserter [role="status"]')]
    .map((node) => node.textContent)
    .join(' ');

/** Chooses a box as a keyboard user does: focus on it, cursor moved to its end with « Fin ». */
async function cursorAtEnd(box: HTMLTextAreaElement) {
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
  await fireEvent.keyUp(box, { key: 'End' });
}

async function startBlank() {
  const models = new MemoryModels();
  openBuilder({ models });
  await fireEvent.click(await screen.findByRole('button', { name: 'Partir de zéro' }));
  return { models };
}

describe('« Créer un modèle »: inserting a field and an agreement', () => {
  it('writes {nom} and {référent|référente} into a mission with the controls only', async () => {
    const { models } = await startBlank();
    const mission = screen.getByLabelText<HTMLTextAreaElement>('Mission 1');
    expect(mission.value).toBe('Mission confiée à {nom}.');
    await cursorAtEnd(mission);

    const fields = screen.getByLabelText<HTMLSelectElement>('Insérer un champ');
    fields.focus();
    const prenom = [...fields.options].find((option) => option.text === 'Prénom de la personne');
    await fireEvent.change(fields, { target: { value: prenom?.value } });
    // Computed blanks are offered by what they print, never by their code.
    expect([...fields.options].map((option) => option.text)).toContain('le chef d’établissement');
    await fireEvent.click(
      screen.getByRole('button', { name: 'Insérer le champ dans «\u00a0Mission 1\u00a0»' }),
    );
    expect(mission.value).toBe('Mission confiée à {nom}.{prenom}');
    expect(document.activeElement).toBe(mission);
    await waitFor(() =>
      expect(status()).toBe(
        'Champ «\u00a0Prénom de la personne\u00a0» inséré dans «\u00a0Mission 1\u00a0».',
      ),
    );

    // The cursor, now after the blank, is where the agreement goes.
    await fireEvent.input(screen.getByLabelText('Forme au masculin'), {
      target: { value: ' référent' },
    });
    const feminine = screen.getByLabelText('Forme au féminin');
    await fireEvent.input(feminine, { target: { value: 'référente ' } });
    await fireEvent.keyDown(feminine, { key: 'Enter' });
    await waitFor(() =>
      expect(mission.value).toBe('Mission confiée à {nom}.{prenom}{référent|référente}'),
    );
    expect(document.activeElement).toBe(mission);
    await waitFor(() =>
      expect(status()).toBe(
        'Accord «\u00a0référent / référente\u00a0» inséré dans «\u00a0Mission 1\u00a0».',
      ),
    );

    // Under the box, each piece by its name.
    const chips = description(mission);
    expect(chips).toContain('Nom de la personne');
    expect(chips).toContain('Prénom de la personne');
    expect(chips).toContain('référent / référente (selon la civilité)');
    expect(chips).not.toContain('champ inconnu');

    // Recorded by the builder like a keystroke: the model's text is saved with both.
    await waitFor(
      () =>
        expect([...models.records.values()][0]?.model.sections[0]?.blocks[0]).toEqual({
          type: 'list',
          items: ['Mission confiée à {nom}.{prenom}{référent|référente}'],
        }),
      { timeout: 5000 },
    );
  });

  it('writes a field into a signatory’s mention too, and names it under the box', async () => {
    await startBlank();
    const mention = screen.getByLabelText<HTMLInputElement>('Mention du signataire 1');
    await fireEvent.input(mention, { target: { value: 'Pour ' } });
    await cursorAtEnd(mention as unknown as HTMLTextAreaElement);
    const fields = screen.getByLabelText<HTMLSelectElement>('Insérer un champ');
    const head = [...fields.options].find((option) => option.text === 'le chef d’établissement');
    await fireEvent.change(fields, { target: { value: head?.value } });
    await fireEvent.click(
      screen.getByRole('button', {
        name: 'Insérer le champ dans «\u00a0Mention du signataire 1\u00a0»',
      }),
    );
    expect(mention.value).toBe('Pour {leChef}');
    expect(description(mention)).toContain('le chef d’établissement');
  });

  it('says what is wrong with a form, by the field, and inserts nothing', async () => {
    await startBlank();
    const paragraph = screen.getByLabelText<HTMLTextAreaElement>('Paragraphe 1');
    const before = paragraph.value;
    await cursorAtEnd(paragraph);

    const masculine = screen.getByLabelText<HTMLInputElement>('Forme au masculin');
    const feminine = screen.getByLabelText<HTMLInputElement>('Forme au féminin');
    await fireEvent.input(feminine, { target: { value: 'référente}' } });
    await fireEvent.click(
      screen.getByRole('button', { name: 'Insérer l’accord dans «\u00a0Paragraphe 1\u00a0»' }),
    );

    expect(paragraph.value).toBe(before);
    expect(masculine.getAttribute('aria-invalid')).toBe('true');
    expect(description(masculine)).toContain('Erreur\u00a0: Écrivez la forme au masculin.');
    expect(feminine.getAttribute('aria-invalid')).toBe('true');
    expect(description(feminine)).toContain(
      'La forme au féminin ne peut contenir que des lettres, des apostrophes, des espaces et des traits d’union.',
    );
    // Said aloud where it is shown, and the focus goes to the first form to correct.
    const message = document.getElementById(`${masculine.id}-msg`);
    expect(message?.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(masculine);
  });

  it('warns when no field gives the civilité, and asks for a box before inserting', async () => {
    await startBlank();
    await fireEvent.click(screen.getByRole('button', { name: 'Insérer le champ' }));
    await waitFor(() => expect(status()).toContain('Choisissez d’abord le champ à insérer.'));
    const fields = screen.getByLabelText<HTMLSelectElement>('Insérer un champ');
    await fireEvent.change(fields, { target: { value: 'nom' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Insérer le champ' }));
    await waitFor(() =>
      expect(status()).toContain('Placez d’abord le curseur dans un texte du modèle'),
    );

    const details = document.querySelector('.insert-agreement');
    expect(details?.textContent).not.toContain('Aucun champ de ce modèle');
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer le champ 1' }));
    expect(details?.textContent).toContain(
      'Aucun champ de ce modèle n’a le rôle «\u00a0Civilité de la personne (accorde le texte)\u00a0»',
    );
    expect(details?.textContent).toContain('«\u00a0référent ou référente\u00a0»');
  });
});
