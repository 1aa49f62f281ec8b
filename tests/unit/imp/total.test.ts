import { describe, expect, it } from 'vitest';
import { impTotal, sumOfSetLines } from '../../../src/lib/imp';
import { rates } from '../document/fixture';
import { line } from './support';

describe('total of an IMP table', () => {
  it('adds the numbers of IMP and the amounts of the lines', () => {
    expect(impTotal([line(1, 3), line(0.5, 2)], rates)).toEqual({
      count: 1.5,
      pay: { annualCents: 187500, monthlyCents: 13889 + 6944 },
    });
  });

  it('adds the printed monthly ninths, so the column adds up to the cent', () => {
    // Three quarters: 312,50 € a year each, 34,72 € a month each (a ninth is 34,7222…).
    const total = impTotal([line(0.25, 1), line(0.25, 1), line(0.25, 1)], rates);
    expect(total?.pay).toEqual({ annualCents: 93750, monthlyCents: 3 * 3472 });
  });

  it('never drifts: a sum of many quarters is exact', () => {
    const lines = [line(0.25, null), line(0.75, null), line(19.75, null), line(0.5, null)];
    expect(impTotal(lines, rates)).toEqual({
      count: 21.25,
      pay: { annualCents: 2656250, monthlyCents: 3472 + 10417 + 274306 + 6944 },
    });
  });

  it('follows the number of a contradictory line, as the table does', () => {
    expect(impTotal([line(1.5, 2), line(1, 3)], rates)?.pay.annualCents).toBe(312500);
  });

  it('is unknown while a line is left to fill by hand', () => {
    expect(impTotal([line(1, 3), line(null, null)], rates)).toBeNull();
  });

  it('of the lines that are set, for the computed blanks, skips the others', () => {
    expect(sumOfSetLines([line(1, 3), line(null, null)], rates)?.count).toBe(1);
    expect(sumOfSetLines([line(null, null)], rates)).toBeNull();
  });
});
