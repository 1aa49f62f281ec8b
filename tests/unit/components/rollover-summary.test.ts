// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import RolloverSummary from '../../../src/components/rollover/RolloverSummary.svelte';
import { planRollover } from '../../../src/lib/rollover/plan';
import { dateField, letterFor } from '../support/year-letter';

const now = new Date(2027, 2, 15);
const conseil = { ...dateField('conseil'), label: 'Date du conseil d’administration' };
const bilan = { ...dateField('bilan'), label: 'Date de remise du bilan' };
const letter = letterFor(
  '2026-2027',
  {
    id: 'moreau',
    values: { prenom: 'Léa', nom: 'Moreau', conseil: '2026-06-25', bilan: '2027-05-28' },
  },
  [conseil, bilan],
);
const models = [{ id: letter.typeId, mission: 'Coordonnateur de discipline', title: 'Lettre' }];

describe('the summary before the rollover', () => {
  it('lists, before anything is written, each copy’s dates to check with their field', () => {
    render(RolloverSummary, { props: { plan: planRollover([letter], 2026, { now }), models } });
    expect(screen.getByRole('status').textContent).toBe(
      '1 lettre sera copiée pour 2027-2028\u202f; 1 date à vérifier.',
    );
    const heading = screen.getByRole('heading', { name: 'Dates à vérifier dans les copies' });
    const list = heading.nextElementSibling as HTMLElement;
    const text = list.textContent?.replace(/\s+/gu, ' ').trim();
    expect(text).toContain('Léa Moreau, Coordonnateur de discipline, 2026-2027');
    expect(text).toContain(
      'Date du conseil d’administration : « jeudi 25 juin 2026 », date de l’année scolaire 2025-2026',
    );
    // Friday 28 May 2027 moved to Friday 26 May 2028: a working day, not listed.
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(text).not.toContain('bilan');
  });
});
