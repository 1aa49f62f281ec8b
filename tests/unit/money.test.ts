import { describe, expect, it } from 'vitest';
import { formatEuros, formatNumber } from '../../src/lib/format/money';
import { annualAmount, monthlyNinth } from '../../src/lib/imp';

const nbsp = '\u00a0';
const nnbsp = '\u202f';

describe('amounts in French format', () => {
  it('writes whole euros without cents, with a narrow no-break space between thousands', () => {
    expect(formatEuros(1250)).toBe(`1${nnbsp}250${nbsp}€`);
  });

  it('writes cents with a comma', () => {
    expect(formatEuros(312.5)).toBe(`312,50${nbsp}€`);
    expect(formatEuros(138.888)).toBe(`138,89${nbsp}€`);
  });

  it('writes plain numbers with a decimal comma', () => {
    expect(formatNumber(0.5)).toBe('0,5');
  });
});

describe('IMP arithmetic', () => {
  it('pays a whole-year mission by ninths: 1 IMP is 138,89 € a month', () => {
    expect(monthlyNinth(1250)).toBe(138.89);
  });

  it('computes the annual amount of a number of IMP', () => {
    expect(annualAmount(0.5, 1250)).toBe(625);
    expect(annualAmount(0.25, 1250)).toBe(312.5);
  });
});
