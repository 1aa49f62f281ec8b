import { describe, expect, it } from 'vitest';
import { formatCents, formatEuros, formatNumber } from '../../src/lib/format/money';
import { annualCents, monthlyNinthCents, toCents } from '../../src/lib/imp';

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

  it('writes amounts kept in cents the same way', () => {
    expect(formatCents(125000)).toBe(`1${nnbsp}250${nbsp}€`);
    expect(formatCents(31250)).toBe(`312,50${nbsp}€`);
    expect(formatCents(13889)).toBe(`138,89${nbsp}€`);
    expect(formatCents(7)).toBe(`0,07${nbsp}€`);
  });

  it('writes plain numbers with a decimal comma', () => {
    expect(formatNumber(0.5)).toBe('0,5');
  });
});

describe('IMP arithmetic, in cents', () => {
  const oneImp = toCents(1250);

  it('keeps one IMP as an integer number of cents', () => {
    expect(oneImp).toBe(125000);
    expect(toCents(312.5)).toBe(31250);
    expect(toCents(0.1 + 0.2)).toBe(30);
  });

  it('pays a whole-year mission by ninths: 1 IMP is 138,89 € a month', () => {
    expect(monthlyNinthCents(oneImp)).toBe(13889);
    expect(monthlyNinthCents(toCents(625))).toBe(6944);
  });

  it('computes the annual amount of a number of IMP, quarter by quarter', () => {
    expect(annualCents(0.5, oneImp)).toBe(62500);
    expect(annualCents(0.25, oneImp)).toBe(31250);
    expect(annualCents(1.5, oneImp)).toBe(187500);
    expect(annualCents(1.75, oneImp)).toBe(218750);
    expect(annualCents(20, oneImp)).toBe(2500000);
  });

  it('gives integers for every number of IMP a letter may hold', () => {
    for (let quarters = 0; quarters <= 80; quarters += 1) {
      const annual = annualCents(quarters / 4, oneImp);
      expect(Number.isInteger(annual)).toBe(true);
      expect(Number.isInteger(monthlyNinthCents(annual))).toBe(true);
      expect(annual).toBe(quarters * 31250);
    }
  });
});
