import { describe, expect, it } from 'vitest';
import { defaultYear, yearsOfLetters } from '../../../src/lib/rollover/years';
import { makeLetter } from '../../fixtures/make-letter';

const letterIn = (year: string, n: number) =>
  makeLetter(`l${n}`, { id: `l${year}-${n}`, values: { anneeScolaire: year } });
const lettersIn = (year: string, count: number) =>
  Array.from({ length: count }, (_, n) => letterIn(year, n));

describe('the years offered for a rollover', () => {
  it('lists the school years of the letters, latest first, with their counts', () => {
    const letters = [...lettersIn('2025-2026', 2), ...lettersIn('2026-2027', 3), letterIn('', 9)];
    expect(yearsOfLetters(letters)).toEqual([
      { start: 2026, count: 3 },
      { start: 2025, count: 2 },
    ]);
  });

  it('offers first the year before the one being prepared, rolled over into it', () => {
    const years = yearsOfLetters([...lettersIn('2025-2026', 5), ...lettersIn('2026-2027', 2)]);
    expect(defaultYear(years, '2027-2028')).toBe(2026);
    expect(defaultYear(years, '2026-2027')).toBe(2025);
  });

  it('else the year with the most letters, the latest between years with as many', () => {
    const years = yearsOfLetters([...lettersIn('2023-2024', 5), ...lettersIn('2024-2025', 2)]);
    expect(defaultYear(years, '2027-2028')).toBe(2023);
    const tied = yearsOfLetters([...lettersIn('2022-2023', 2), ...lettersIn('2023-2024', 2)]);
    expect(defaultYear(tied, '2027-2028')).toBe(2023);
  });

  it('offers nothing when no letter has a school year', () => {
    expect(defaultYear(yearsOfLetters([letterIn('', 1)]), '2027-2028')).toBeNull();
  });
});
