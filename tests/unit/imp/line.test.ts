import { describe, expect, it } from 'vitest';
import { impLineCount, impLinePay, readImpLine } from '../../../src/lib/imp';
import { rates } from '../document/fixture';
import { line } from './support';

const rate = (taux: number) => rates.find((r) => r.taux === taux);

describe('reading an IMP line: the number of IMP is the truth', () => {
  it('reads a number a taux pays as that taux, whether the taux is stored or not', () => {
    const taux3 = { kind: 'usual', count: 1, rate: rate(3) };
    expect(readImpLine(line(1, 3), rates)).toMatchObject(taux3);
    expect(readImpLine(line(1, null), rates)).toMatchObject(taux3);
    expect(readImpLine(line(0.25, 1), rates)).toMatchObject({ kind: 'usual', rate: rate(1) });
    expect(readImpLine(line(3, 5), rates)).toMatchObject({ kind: 'usual', rate: rate(5) });
  });

  it('reads a stored taux without a number as the taux’s share (old letters)', () => {
    expect(readImpLine(line(null, 2), rates)).toMatchObject({ kind: 'usual', count: 0.5 });
    expect(impLineCount(line(null, 1), rates)).toBe(0.25);
  });

  it('reads a number no taux pays as « hors taux usuel », priced by the number', () => {
    expect(readImpLine(line(1.5, null), rates)).toEqual({
      kind: 'unusual',
      count: 1.5,
      pay: { annualCents: 187500, monthlyCents: 20833 },
    });
    expect(readImpLine(line(0.75, null), rates)).toMatchObject({ kind: 'unusual' });
  });

  it('reads a stored taux that is not the number as a contradiction, paid by the number', () => {
    expect(readImpLine(line(1.5, 2), rates)).toEqual({
      kind: 'contradiction',
      count: 1.5,
      storedTaux: 2,
      pay: { annualCents: 187500, monthlyCents: 20833 },
    });
    // 2 IMP is taux 4: the contradiction knows which taux the number means.
    expect(readImpLine(line(2, 3), rates)).toMatchObject({
      kind: 'contradiction',
      storedTaux: 3,
      rate: rate(4),
      pay: { annualCents: 250000 },
    });
  });

  it('is unset while nothing is chosen, or when nothing can be priced', () => {
    expect(readImpLine(line(null, null), rates)).toEqual({ kind: 'unset' });
    expect(readImpLine(line(1, 3), [])).toEqual({ kind: 'unset' });
    expect(impLineCount(line(null, null), rates)).toBeNull();
    expect(impLinePay(line(null, null), rates)).toBeNull();
  });
});

describe('what a line pays, in cents', () => {
  it('is the number of IMP times one IMP, paid by ninths', () => {
    expect(impLinePay(line(1, 3), rates)).toEqual({ annualCents: 125000, monthlyCents: 13889 });
    expect(impLinePay(line(0.5, 2), rates)).toEqual({ annualCents: 62500, monthlyCents: 6944 });
    expect(impLinePay(line(1.75, null), rates)).toEqual({
      annualCents: 218750,
      monthlyCents: 24306,
    });
    expect(impLinePay(line(0, null), rates)).toEqual({ annualCents: 0, monthlyCents: 0 });
  });

  it('is each taux’s own amount for its share', () => {
    for (const r of rates) {
      expect(impLinePay(line(null, r.taux), rates)?.annualCents, `taux ${r.taux}`).toBe(
        Math.round(r.amount * 100),
      );
    }
  });
});
