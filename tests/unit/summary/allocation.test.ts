import { describe, expect, it } from 'vitest';
import { balanceOf, parseEuros, usedPercent } from '../../../src/lib/summary/allocation';
import { balanceSentence } from '../../../src/lib/summary/labels';

const MAX = 1_000_000_000;

describe('the allocation against the total', () => {
  it('says what is left, in cents', () => {
    expect(balanceOf(218750, 1000000)).toEqual({ kind: 'left', cents: 781250 });
    expect(balanceSentence(balanceOf(218750, 1000000))).toBe(
      'Reste à attribuer\u00a0: 7\u202f812,50\u00a0€.',
    );
  });

  it('says when it is spent exactly, or overspent and by how much', () => {
    expect(balanceOf(1000000, 1000000)).toEqual({ kind: 'left', cents: 0 });
    expect(balanceSentence(balanceOf(1000000, 1000000))).toBe(
      'La dotation est entièrement attribuée.',
    );
    expect(balanceOf(1031250, 1000000)).toEqual({ kind: 'over', cents: 31250 });
    expect(balanceSentence(balanceOf(1031250, 1000000))).toBe(
      'Dotation dépassée de 312,50\u00a0€.',
    );
  });

  it('has nothing to compare without an allocation', () => {
    expect(balanceOf(1000, null)).toEqual({ kind: 'none' });
  });

  it('fills the bar in whole percent, full when overspent', () => {
    expect(usedPercent(250000, 1000000)).toBe(25);
    expect(usedPercent(999999, 1000000)).toBe(99);
    expect(usedPercent(2000000, 1000000)).toBe(100);
    expect(usedPercent(0, 0)).toBe(0);
    expect(usedPercent(1, 0)).toBe(100);
  });
});

describe('an allocation typed in euros', () => {
  it.each([
    ['12 500', 1250000],
    ['12\u202f500,50', 1250050],
    ['12500,5', 1250050],
    ['12500.05', 1250005],
    ['0,10', 10],
    [' 7 812,50 € ', 781250],
  ])('reads « %s » as %i cents', (typed, cents) => {
    expect(parseEuros(typed, MAX)).toEqual({ ok: true, cents });
  });

  it('reads an empty field as no allocation', () => {
    expect(parseEuros('  ', MAX)).toEqual({ ok: true, cents: null });
  });

  it.each(['abc', '12,505', '-100', '1,2,3', '12 500 000 000'])('refuses « %s »', (typed) => {
    expect(parseEuros(typed, MAX).ok).toBe(false);
  });

  it('reads digits, never a float: 0,29 € is 29 cents', () => {
    // 0.29 * 100 is 28.999999999999996 as a float.
    expect(parseEuros('0,29', MAX)).toEqual({ ok: true, cents: 29 });
    expect(parseEuros('1234567,29', MAX)).toEqual({ ok: true, cents: 123456729 });
  });
});
