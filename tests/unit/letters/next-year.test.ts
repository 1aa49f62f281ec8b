import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src/lib/format/date';
import { letterSchoolYear } from '../../../src/lib/letters/letter-year';
import { moveToNextYear, shiftIsoDate } from '../../../src/lib/letters/next-year';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { dateField, letterFor, yearField } from '../support/year-letter';

describe('shifting a date by a year', () => {
  it('moves a yyyy-mm-dd date to the same day a year later', () => {
    expect(shiftIsoDate('2027-01-25')).toBe('2028-01-25');
    expect(shiftIsoDate('2026-12-31')).toBe('2027-12-31');
    expect(shiftIsoDate('2027-01-25', -1)).toBe('2026-01-25');
  });

  it('29 February becomes 28 February in a common year, and stays in a leap year', () => {
    expect(shiftIsoDate('2028-02-29')).toBe('2029-02-28');
    expect(shiftIsoDate('2028-02-29', 4)).toBe('2032-02-29');
    expect(shiftIsoDate('2027-02-28')).toBe('2028-02-28');
  });

  it('leaves an empty or malformed date as it is', () => {
    for (const value of ['', '2027-02-30', '25/01/2027', 'fin janvier', '2027-1-5'])
      expect(shiftIsoDate(value)).toBe(value);
  });
});

describe('moving a letter to the next school year', () => {
  const now = new Date(2027, 5, 15, 23, 30); // 15 June 2027, late in the evening, local time
  const fields = [dateField('bilanJanvier'), dateField('bilanMai'), dateField('creation')];
  const letter = letterFor(
    '2026-2027',
    {
      date: '2026-09-01',
      values: {
        bilanJanvier: '2027-01-25',
        bilanMai: '2028-02-29',
        creation: '2019-10-01',
      },
    },
    fields,
  );

  it('moves the school year on, and every date of the school year by one year', () => {
    const moved = moveToNextYear(letter, now);
    expect(moved.values).toMatchObject({
      anneeScolaire: '2027-2028',
      bilanJanvier: '2028-01-25',
      bilanMai: '2029-02-28',
    });
    expect(letterSchema.safeParse(moved).success).toBe(true);
  });

  it('keeps a date before the letter’s school year: it records a past fact', () => {
    expect(moveToNextYear(letter, now).values['creation']).toBe('2019-10-01');
  });

  it('moves every date when the letter has no school year to compare with', () => {
    const noYear = { ...letter, values: { ...letter.values, anneeScolaire: '' } };
    const moved = moveToNextYear(noYear, now);
    expect(moved.values['creation']).toBe('2020-10-01');
    // On 15 June 2027 the year under way is 2026-2027: the copy is for the one after.
    expect(moved.values['anneeScolaire']).toBe('2027-2028');
  });

  it('leaves empty and malformed dates alone', () => {
    const odd = { ...letter, values: { ...letter.values, bilanJanvier: '', bilanMai: 'mai' } };
    const moved = moveToNextYear(odd, now);
    expect(moved.values['bilanJanvier']).toBe('');
    expect(moved.values['bilanMai']).toBe('mai');
  });

  it('dates the letter today, on the local calendar', () => {
    expect(localIsoDate(now)).toBe('2027-06-15');
    expect(moveToNextYear(letter, now).date).toBe('2027-06-15');
  });

  it('moves fields by their type, whatever their id, and never changes the original', () => {
    const renamed = {
      ...letter,
      fields: letter.fields.map((field) =>
        field.id === 'anneeScolaire' ? { ...field, id: 'periode' } : field,
      ),
      values: { ...letter.values, periode: '2026-2027', anneeScolaire: 'texte' },
    };
    const before = structuredClone(renamed);
    const moved = moveToNextYear(renamed, now);
    expect(moved.values['periode']).toBe('2027-2028');
    expect(moved.values['anneeScolaire']).toBe('texte');
    expect(moved.values['bilanJanvier']).toBe('2028-01-25');
    expect(renamed).toEqual(before);
  });

  it('leaves the free texts as written', () => {
    const moved = moveToNextYear(letter, now);
    expect(moved.vu).toEqual(letter.vu);
    expect(moved.sections).toEqual(letter.sections);
  });
});

describe('a field whose id names a member of Object.prototype', () => {
  // The id rule allows « hasOwnProperty »; with no value of its own, `values[id]` is a function.
  const prototypeYear = { ...yearField, id: 'hasOwnProperty' };
  const letter = letterFor('2026-2027', {}, [prototypeYear, dateField('constructor')]);

  it('reads no year from the prototype: the letter’s own year counts', () => {
    expect(letterSchoolYear(letter)).toBe(2026);
    expect(letterSchoolYear({ ...letter, fields: [prototypeYear] })).toBeNull();
  });

  it('moves to the next year without reading the prototype', () => {
    const moved = moveToNextYear({ ...letter, fields: [prototypeYear] }, new Date(2027, 5, 15));
    expect(moved.values['hasOwnProperty']).toBe('2027-2028');
    expect(Object.hasOwn(moved.values, 'constructor')).toBe(false);
  });
});
