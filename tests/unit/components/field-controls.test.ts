// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import FieldsEditor from '../../../src/components/editor/FieldsEditor.svelte';
import type { LetterChange } from '../../../src/lib/letters/change';
import { fieldSchema } from '../../../src/lib/schemas/field';
import type { Letter } from '../../../src/lib/schemas/letter';
import { newLetter } from '../document/fixture';

/** A letter with an amount, a number and a required yes/no, shown by the editor's fields. */
function open() {
  let letter: Letter = newLetter();
  letter.fields = [
    fieldSchema.parse({ id: 'montant', label: 'Montant de la prime', type: 'amount' }),
    fieldSchema.parse({ id: 'heures', label: 'Nombre d’heures', type: 'number' }),
    fieldSchema.parse({ id: 'cantine', label: 'Repas pris', type: 'yesNo', required: true }),
  ];
  letter.values = { montant: '', heures: '', cantine: '' };
  const view = render(FieldsEditor, { props: { letter, apply } });
  function apply(change: LetterChange) {
    letter = structuredClone(letter);
    change(letter);
    void view.rerender({ letter, apply });
  }
  return { value: (id: string) => letter.values[id] };
}

describe('number, amount and yes/no controls', () => {
  it('type numbers and amounts on the decimal pad, the amount in euros', async () => {
    const { value } = open();
    const amount = screen.getByLabelText<HTMLInputElement>(/^Montant de la prime \(en euros\)/);
    expect(amount.inputMode).toBe('decimal');
    expect(amount.parentElement?.textContent).toContain('€');
    expect(document.getElementById('f-montant-hint')?.textContent).toBe(
      'En euros, par exemple 1\u202f250 ou 312,50.',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Nombre d’heures').inputMode).toBe('decimal');

    await fireEvent.input(amount, { target: { value: '1 250,50' } });
    expect(value('montant')).toBe('1 250,50');
    await fireEvent.input(amount, { target: { value: '-3' } });
    await fireEvent.blur(amount);
    expect(screen.getByText(/Un montant ne peut pas être négatif/).textContent).toBe(
      'Erreur\u00a0: Un montant ne peut pas être négatif.',
    );
    expect(amount.getAttribute('aria-invalid')).toBe('true');
  });

  it('answer yes or no with two radio buttons in a named group', async () => {
    const { value } = open();
    const group = screen.getByRole('group', { name: /^Repas pris/ });
    const yes = within(group).getByRole<HTMLInputElement>('radio', { name: 'Oui' });
    const no = within(group).getByRole<HTMLInputElement>('radio', { name: 'Non' });
    expect(yes.name).toBe(no.name);
    expect(yes.id).toBe('f-cantine'); // where the check before the PDF links to

    await fireEvent.click(no);
    expect(value('cantine')).toBe('non');
    expect(no.checked).toBe(true);
    await fireEvent.click(yes);
    expect(value('cantine')).toBe('oui');
    expect(no.checked).toBe(false);
  });

  it('says a required yes/no is missing once the user has been through it', async () => {
    open();
    const yes = screen.getByRole('radio', { name: 'Oui' });
    expect(document.getElementById('f-cantine-msg')?.textContent).toBe('');
    await fireEvent.focusOut(yes, { relatedTarget: document.body });
    expect(document.getElementById('f-cantine-msg')?.textContent).toBe(
      'Erreur\u00a0: Ce champ est obligatoire.',
    );
    expect(yes.getAttribute('aria-describedby')).toBe('f-cantine-msg');
  });
});
