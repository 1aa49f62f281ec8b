import { describe, expect, it } from 'vitest';
import {
  preparedSchoolYear,
  currentSchoolYear,
  localIsoDate,
  formatDateTime,
  formatLetterDate,
  nextSchoolYear,
  parseIsoDate,
  placeAndDate,
  schoolYearStart,
} from '../../../src/lib/format/date';

describe('the date of a letter', () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatLetterDate('2026-11-22')).toBe('22 novembre 2026');
  });

  it('writes the first of the month as « 1er »', () => {
    expect(formatLetterDate('2026-12-01')).toBe('1er décembre 2026');
  });

  it('does not write the 11th or the 21st as ordinals', () => {
    expect(formatLetterDate('2027-01-11')).toBe('11 janvier 2027');
    expect(formatLetterDate('2027-02-21')).toBe('21 février 2027');
  });

  it('gives nothing for an empty or impossible date', () => {
    expect(formatLetterDate('')).toBe('');
    expect(formatLetterDate('2026-02-30')).toBe('');
    expect(formatLetterDate('22/11/2026')).toBe('');
  });

  it('reads only real calendar dates', () => {
    expect(parseIsoDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
  });
});

describe('place and date', () => {
  it('reads « Ville, le … »', () => {
    expect(placeAndDate('Melun', '2026-11-22')).toBe('Melun, le 22 novembre 2026');
  });

  it('starts with « Le » without a town', () => {
    expect(placeAndDate('  ', '2026-12-01')).toBe('Le 1er décembre 2026');
  });

  it('is empty without a date', () => {
    expect(placeAndDate('Melun', '')).toBe('');
  });
});

describe('date and time of the last change', () => {
  it('reads « 22 nov. 2026 à 14:05 » in the given time zone', () => {
    const date = new Date('2026-11-22T13:05:00Z');
    expect(formatDateTime(date, 'Europe/Paris')).toBe('22 nov. 2026 à 14:05');
    expect(formatDateTime(date, 'UTC')).toBe('22 nov. 2026 à 13:05');
  });
});

describe('school years', () => {
  it('follow one another', () => {
    expect(nextSchoolYear('2025-2026')).toBe('2026-2027');
    expect(nextSchoolYear('2025-2027')).toBe('');
    expect(schoolYearStart(' 2025-2026 ')).toBe(2025);
  });

  it('change in August: letters for September are written over the summer', () => {
    expect(currentSchoolYear(new Date(2026, 6, 31))).toBe('2025-2026');
    expect(currentSchoolYear(new Date(2026, 7, 1))).toBe('2026-2027');
    expect(currentSchoolYear(new Date(2027, 0, 15))).toBe('2026-2027');
  });
});

describe('what a new letter is pre-filled with', () => {
  it('is for the year being prepared: from 1 February, the one that starts in September', () => {
    expect(preparedSchoolYear(new Date(2026, 0, 31))).toBe('2025-2026');
    expect(preparedSchoolYear(new Date(2026, 1, 1))).toBe('2026-2027');
    // A head writing next year's letters in May (issue 21): the coming year, not the ending one.
    expect(preparedSchoolYear(new Date(2026, 4, 12))).toBe('2026-2027');
    expect(preparedSchoolYear(new Date(2026, 10, 22))).toBe('2026-2027');
    expect(preparedSchoolYear(new Date(2027, 0, 15))).toBe('2026-2027');
  });

  it('is dated today, in the local calendar', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
