import { describe, expect, it } from 'vitest';
import { impComputedValues, impLineAmount, impLineCount } from '../../../src/lib/imp';
import type { Letter } from '../../../src/lib/schemas/letter';
import { rates } from './fixture';

const nbsp = '\u00a0';
const nnbsp = '\u202f';
const line = (count: number | null, taux: number | null) => ({ count, taux });
const letterWith = (
  ...lines: { count: number | null; taux: number | null }[]
): Pick<Letter, 'imp'> => ({
  imp: {
    stsCode: '',
    note: '',
    lines: lines.map((l, i) => ({
      id: `l${i}`,
      heading: 'IMP',
      mission: 'm',
      provenance: null,
      ...l,
    })),
  },
});

describe('amount of an IMP line', () => {
  it('is the number of IMP times one IMP, paid by ninths', () => {
    expect(impLineAmount(line(1, 3), rates)).toEqual({ annual: 1250, monthly: 138.89 });
    expect(impLineAmount(line(0.5, null), rates)).toEqual({ annual: 625, monthly: 69.44 });
    expect(impLineAmount(line(1.75, null), rates)).toEqual({ annual: 2187.5, monthly: 243.06 });
  });

  it('is the taux’s amount when only the taux is chosen', () => {
    expect(impLineAmount(line(null, 1), rates)).toEqual({ annual: 312.5, monthly: 34.72 });
    expect(impLineCount(line(null, 1), rates)).toBe(0.25);
  });

  it('follows the number when number and taux disagree', () => {
    expect(impLineAmount(line(2, 3), rates)?.annual).toBe(2500);
  });

  it('is unknown while nothing is chosen', () => {
    expect(impLineAmount(line(null, null), rates)).toBeNull();
    expect(impLineCount(line(null, null), rates)).toBeNull();
  });
});

describe('computed blanks {impNombre} and {impMontant}', () => {
  it('are French-formatted', () => {
    expect(impComputedValues(letterWith(line(1, 3)), rates)).toEqual({
      impNombre: '1',
      impMontant: `1${nnbsp}250${nbsp}€`,
    });
    expect(impComputedValues(letterWith(line(0.25, null)), rates)).toEqual({
      impNombre: '0,25',
      impMontant: `312,50${nbsp}€`,
    });
  });

  it('add up the lines that are set', () => {
    expect(
      impComputedValues(letterWith(line(1, 3), line(null, 2), line(null, null)), rates),
    ).toEqual({
      impNombre: '1,5',
      impMontant: `1${nnbsp}875${nbsp}€`,
    });
  });

  it('are empty while nothing is set, or without an IMP block', () => {
    const empty = { impNombre: '', impMontant: '' };
    expect(impComputedValues(letterWith(line(null, null)), rates)).toEqual(empty);
    expect(impComputedValues({ imp: null }, rates)).toEqual(empty);
  });
});
