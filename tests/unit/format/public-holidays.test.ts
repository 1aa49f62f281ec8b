import { describe, expect, it } from 'vitest';
import { easterSunday, isWeekend, publicHolidayOn } from '../../../src/lib/format/public-holidays';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('Easter Sunday', () => {
  it('falls on the days the calendar gives', () => {
    // Known Easter Sundays, the earliest (22 March) and latest (25 April) possible included.
    const known = {
      2008: '2008-03-23',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, day] of Object.entries(known))
      expect(iso(easterSunday(Number(year))), year).toBe(day);
  });

  it('is a Sunday between 22 March and 25 April, every year', () => {
    for (let year = 1900; year <= 2200; year++) {
      const easter = easterSunday(year);
      expect(easter.getUTCDay(), String(year)).toBe(0);
      const day = iso(easter).slice(5);
      expect(day >= '03-22' && day <= '04-25', String(year)).toBe(true);
    }
  });
});

describe('the public holidays of the Code du travail (article L3133-1)', () => {
  it('names the fixed days', () => {
    expect(publicHolidayOn('2027-01-01')).toBe('1er janvier');
    expect(publicHolidayOn('2027-05-01')).toBe('1er mai');
    expect(publicHolidayOn('2027-05-08')).toBe('8 mai');
    expect(publicHolidayOn('2027-07-14')).toBe('14 juillet');
    expect(publicHolidayOn('2027-08-15')).toBe('Assomption');
    expect(publicHolidayOn('2027-11-01')).toBe('Toussaint');
    expect(publicHolidayOn('2027-11-11')).toBe('11 novembre');
    expect(publicHolidayOn('2027-12-25')).toBe('jour de Noël');
  });

  it('names the days that follow Easter, year by year', () => {
    expect(publicHolidayOn('2027-03-29')).toBe('lundi de Pâques');
    expect(publicHolidayOn('2027-05-06')).toBe('Ascension');
    expect(publicHolidayOn('2027-05-17')).toBe('lundi de Pentecôte');
    expect(publicHolidayOn('2028-04-17')).toBe('lundi de Pâques');
    expect(publicHolidayOn('2028-05-25')).toBe('Ascension');
    expect(publicHolidayOn('2028-06-05')).toBe('lundi de Pentecôte');
  });

  it('finds nothing on other days, nor in what is not a date', () => {
    for (const day of ['2028-05-26', '2027-05-28', '2027-12-26', '2027-04-02', '', '2027-02-30'])
      expect(publicHolidayOn(day), day).toBeNull();
  });
});

describe('weekends', () => {
  it('are Saturdays and Sundays', () => {
    expect(isWeekend('2028-05-27')).toBe(true);
    expect(isWeekend('2028-05-28')).toBe(true);
    expect(isWeekend('2028-05-26')).toBe(false);
    expect(isWeekend('2028-05-29')).toBe(false);
    expect(isWeekend('samedi')).toBe(false);
  });
});
