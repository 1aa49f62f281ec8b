// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { bulkPageWithDisciplineModel } from './bulk-page';

const GOOD = 'Mme;Dupont;Claire;professeure de mathématiques;3;1';
const BAD = 'Mme;;Claire;professeure de mathématiques;3;1';

/** « Plusieurs personnes » with the discipline model chosen and `list` typed as the people. */
async function pageWith(list: string) {
  await bulkPageWithDisciplineModel();
  await fireEvent.input(await screen.findByLabelText('Une personne par ligne'), {
    target: { value: list },
  });
}

/** The button that creates the letters, and the sentence it is described by (if any). */
function createButton() {
  const button = screen.getByRole('button', { name: /^Créer/ });
  const described = button.getAttribute('aria-describedby');
  const reason = described ? (document.getElementById(described)?.textContent ?? null) : '';
  return {
    label: button.textContent?.trim(),
    disabled: button.hasAttribute('disabled'),
    reason: reason?.trim(),
  };
}

describe('the button that creates the letters of « Plusieurs personnes »', () => {
  it('with an empty list, is disabled and says why', async () => {
    await pageWith('');
    expect(createButton()).toEqual({
      label: 'Créer les lettres',
      disabled: true,
      reason: 'Aucune ligne valide\u00a0: saisissez, collez ou importez au moins une personne.',
    });
  });

  it('with no valid line, is disabled and says how many lines to correct, in the singular for one', async () => {
    await pageWith(BAD);
    expect(createButton()).toEqual({
      label: 'Créer les lettres',
      disabled: true,
      reason:
        'Aucune ligne valide\u00a0: 1 ligne est à corriger (voir «\u00a0Lignes à corriger\u00a0»).',
    });
  });

  it('with several lines and none valid, says so in the plural', async () => {
    await pageWith(`${BAD}\n${BAD}`);
    expect(createButton()).toEqual({
      label: 'Créer les lettres',
      disabled: true,
      reason:
        'Aucune ligne valide\u00a0: 2 lignes sont à corriger (voir «\u00a0Lignes à corriger\u00a0»).',
    });
  });

  it('with one valid line, creates « 1 lettre », with nothing to explain', async () => {
    await pageWith(`${GOOD}\n${BAD}`);
    expect(createButton()).toEqual({ label: 'Créer 1 lettre', disabled: false, reason: '' });
  });

  it('with several valid lines, creates « les 2 lettres »', async () => {
    await pageWith(`${GOOD}\n${GOOD.replace('Dupont', 'Martin')}`);
    expect(createButton()).toEqual({ label: 'Créer les 2 lettres', disabled: false, reason: '' });
  });

  it('once this list’s letters are created, waits for another list and says so', async () => {
    await pageWith(GOOD);
    await fireEvent.click(screen.getByRole('button', { name: 'Créer 1 lettre' }));
    await screen.findByText(/1 lettre créée/);
    expect(createButton()).toEqual({
      label: 'Créer 1 lettre',
      disabled: true,
      reason: 'Ces lettres sont créées\u00a0: modifiez la liste pour en créer d’autres.',
    });
  });
});
