import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src/lib/format/date';
import { letterSchoolYear } from '../../../src/lib/letters/letter-year';
import {
  moveToNextYear,
  moveToSameWeekday,
  shiftIsoDate,
} from '../../../src/lib/letters/next-year';
import { findDatesToCheck } from '../../../src/lib/letters/date-review';
import { parseIsoDate } from '../../../src/lib/format/date';
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

/** The weekday of a yyyy-mm-dd date, 0 for Sunday. */
const weekday = (iso: string) => parseIsoDate(iso)?.getUTCDay();
const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  ((parseIsoDate(to)?.getTime() ?? NaN) - (parseIsoDate(from)?.getTime() ?? NaN)) / DAY_MS;

describe('moving a date to the same weekday a year later', () => {
  it('keeps a Friday a Friday: 28 May 2027 becomes Friday 26 May 2028, not Sunday 28 May', () => {
    expect(moveToSameWeekday('2027-05-28')).toBe('2028-05-26');
    expect(weekday('2028-05-26')).toBe(5);
    // A Monday of January stays a Monday of January.
    expect(moveToSameWeekday('2027-01-11')).toBe('2028-01-10');
    expect(weekday('2028-01-10')).toBe(1);
  });

  it('is always 52 weeks on: the same weekday nearest the same calendar day a year later', () => {
    // Every day of ten years, three leap days and every year end included.
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2034, 0, 1); time += DAY_MS) {
      const iso = new Date(time).toISOString().slice(0, 10);
      const moved = moveToSameWeekday(iso);
      expect(daysBetween(iso, moved), iso).toBe(364);
      expect(weekday(moved), iso).toBe(weekday(iso));
      expect(Math.abs(daysBetween(shiftIsoDate(iso), moved)), iso).toBeLessThanOrEqual(2);
    }
  });

  it('moves 29 February to the same weekday near 28 February', () => {
    expect(moveToSameWeekday('2028-02-29')).toBe('2029-02-27');
    expect(weekday('2029-02-27')).toBe(weekday('2028-02-29'));
  });

  it('leaves an empty or malformed date as it is', () => {
    for (const value of ['', '2027-02-30', '25/01/2027', 'fin janvier', '2027-1-5'])
      expect(moveToSameWeekday(value)).toBe(value);
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

  it('moves the school year on, and every date of the school year to its weekday a year later', () => {
    const moved = moveToNextYear(letter, now);
    expect(moved.values).toMatchObject({
      anneeScolaire: '2027-2028',
      // Monday 25 January 2027 → Monday 24 January 2028; Tuesday 29 February 2028 → Tuesday
      // 27 February 2029.
      bilanJanvier: '2028-01-24',
      bilanMai: '2029-02-27',
    });
    expect(letterSchema.safeParse(moved).success).toBe(true);
  });

  it('keeps a date before the letter’s school year: it records a past fact', () => {
    expect(moveToNextYear(letter, now).values['creation']).toBe('2019-10-01');
  });

  it('lists every date it kept for review: a past fact or last year’s meeting, only the head knows', () => {
    const conseil = { ...dateField('conseil'), label: 'Date du conseil d’administration' };
    const withConseil = letterFor(
      '2026-2027',
      { values: { conseil: '2026-06-25', bilan: '2027-05-28' } },
      [conseil, dateField('bilan')],
    );
    const moved = moveToNextYear(withConseil, now);
    expect(moved.values['conseil']).toBe('2026-06-25');
    expect(
      findDatesToCheck(moved).map(({ fieldId, label, target }) => [fieldId, label, target]),
    ).toEqual([['conseil', 'Date du conseil d’administration', 'f-conseil']]);
  });

  it('lists a date moved onto a public holiday: Thursday 27 May 2027 becomes Ascension 2028', () => {
    const bilan = letterFor('2026-2027', { values: { bilan: '2027-05-27' } }, [dateField('bilan')]);
    const moved = moveToNextYear(bilan, now);
    expect(moved.values['bilan']).toBe('2028-05-25');
    expect(findDatesToCheck(moved).map(({ message }) => message)).toEqual([
      '«\u00a0jeudi 25 mai 2028\u00a0», jour férié (Ascension)\u00a0: choisissez un jour ouvré s’il s’agit d’une échéance ou d’une réunion.',
    ]);
  });

  it('never moves a date its model marks as history, even within the school year', () => {
    const creation = { ...dateField('creation'), history: true };
    const cordee = letterFor('2026-2027', { values: { creation: '2026-10-01' } }, [creation]);
    const moved = moveToNextYear(cordee, now);
    expect(moved.values['creation']).toBe('2026-10-01');
    expect(findDatesToCheck(moved)).toEqual([]);
  });

  it('moves every date when the letter has no school year to compare with', () => {
    const noYear = { ...letter, values: { ...letter.values, anneeScolaire: '' } };
    const moved = moveToNextYear(noYear, now);
    // Tuesday 1 October 2019 → Tuesday 29 September 2020.
    expect(moved.values['creation']).toBe('2020-09-29');
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
    expect(moved.values['bilanJanvier']).toBe('2028-01-24');
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
