import { describe, expect, it } from 'vitest';
import { letterRow } from '../../../src/lib/summary/row';
import { spentPercent, usedPercent } from '../../../src/lib/summary/allocation';
import { createLetter } from '../../../src/lib/letters/create';
import { emptySchool } from '../../../src/lib/schemas/school';
import type { Letter } from '../../../src/lib/schemas/letter';
import { rates, readyModel } from '../bulk/support';

const may = new Date(2026, 4, 12);

/** A letter of a ready model with `values` typed in, as the head fills it. */
function letterOf(slug: string, values: Record<string, string>): Letter {
  const letter = createLetter(slug, readyModel(slug), emptySchool, may, () => `${slug}-id`);
  return { ...letter, values: { ...letter.values, ...values } };
}

const models = [
  { id: 'coordonnateur-discipline', mission: 'Coordonnateur de discipline' },
  {
    id: 'referent-cordee-de-la-reussite',
    mission: 'Référent Cordée de la réussite',
    stsCode: 'IMP 9073',
  },
];

describe('the summary names each mission as its letter does', () => {
  it('with the discipline and the civilité, not the model’s name alone', () => {
    const physique = letterOf('coordonnateur-discipline', {
      civilite: 'Madame',
      discipline: 'physique-chimie',
    });
    expect(letterRow(physique, models, rates).mission).toBe(
      'Coordonnatrice de discipline (physique-chimie)',
    );
  });

  it('by the model’s name while the letter’s own is still to fill', () => {
    const blank = letterOf('coordonnateur-discipline', { civilite: 'Monsieur' });
    expect(letterRow(blank, models, rates).mission).toBe('Coordonnateur de discipline');
  });
});

describe('the STS code of a line', () => {
  it('is the model’s known code when the letter left its own empty', () => {
    const cordee = letterOf('referent-cordee-de-la-reussite', {});
    const cleared = { ...cordee, imp: cordee.imp && { ...cordee.imp, stsCode: '' } };
    expect(letterRow(cleared, models, rates).stsCode).toBe('IMP 9073');
  });

  it('stays empty where no code is known', () => {
    const discipline = letterOf('coordonnateur-discipline', {});
    expect(letterRow(discipline, models, rates).stsCode).toBe('');
  });
});

describe('the share of the allocation', () => {
  it('says the real share when overspent, while the bar stops at full', () => {
    expect(spentPercent(1_625_000, 1_250_000)).toBe(130);
    expect(usedPercent(1_625_000, 1_250_000)).toBe(100);
    expect(spentPercent(100, 0)).toBeNull();
  });
});
