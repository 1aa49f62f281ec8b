import { describe, expect, it } from 'vitest';
import { findDatesToCheck } from '../../../src/lib/letters/date-review';
import type { Field } from '../../../src/lib/schemas/field';
import { dateField, letterFor } from '../support/year-letter';

const conseil: Field = { ...dateField('conseil'), label: 'Date du conseil d’administration' };
const bilan: Field = { ...dateField('bilan'), label: 'Date de remise du bilan' };
const creation: Field = { ...dateField('creation'), label: 'Date de création', history: true };

/** A 2027-2028 letter with those dates. */
const letterWith = (values: Record<string, string>, year = '2027-2028') =>
  letterFor(year, { values }, [conseil, bilan, creation]);

describe('dates of a copy for next year', () => {
  it('lists a date of a school year before the last one, with its label and control', () => {
    expect(findDatesToCheck(letterWith({ conseil: '2026-06-25' }))).toEqual([
      {
        fieldId: 'conseil',
        label: 'Date du conseil d’administration',
        target: 'f-conseil',
        date: 'jeudi 25 juin 2026',
        message:
          '«\u00a0jeudi 25 juin 2026\u00a0», date de l’année scolaire 2025-2026 (la lettre est ' +
          'pour 2027-2028)\u00a0: mettez-la à jour si elle doit suivre l’année.',
      },
    ]);
  });

  it('leaves the spring before the year alone: the missions are presented then', () => {
    expect(findDatesToCheck(letterWith({ conseil: '2027-06-24', bilan: '2028-06-16' }))).toEqual(
      [],
    );
  });

  it('never lists a date the model marks as history', () => {
    expect(findDatesToCheck(letterWith({ creation: '2019-10-05' }))).toEqual([]);
  });
});

describe('dates on a day off', () => {
  it('lists a weekend and a public holiday, by name', () => {
    const found = findDatesToCheck(letterWith({ conseil: '2027-06-26', bilan: '2028-05-25' }));
    expect(found.map(({ fieldId, message }) => [fieldId, message])).toEqual([
      [
        'conseil',
        '«\u00a0samedi 26 juin 2027\u00a0», jour de week-end\u00a0: choisissez un jour ouvré ' +
          's’il s’agit d’une échéance ou d’une réunion.',
      ],
      [
        'bilan',
        '«\u00a0jeudi 25 mai 2028\u00a0», jour férié (Ascension)\u00a0: choisissez un jour ouvré ' +
          's’il s’agit d’une échéance ou d’une réunion.',
      ],
    ]);
  });

  it('gives both reasons for a past date on a Sunday', () => {
    const [found] = findDatesToCheck(letterWith({ bilan: '2026-06-28' }));
    expect(found?.message).toBe(
      '«\u00a0dimanche 28 juin 2026\u00a0», date de l’année scolaire 2025-2026 (la lettre est ' +
        'pour 2027-2028), jour de week-end\u00a0: mettez-la à jour si elle doit suivre l’année.',
    );
  });

  it('still lists a day off when the letter has no school year', () => {
    const found = findDatesToCheck(letterWith({ conseil: '2020-06-25', bilan: '2028-05-28' }, ''));
    expect(found.map(({ fieldId }) => fieldId)).toEqual(['bilan']);
  });

  it('leaves empty and mistyped dates to their own check', () => {
    expect(findDatesToCheck(letterWith({ conseil: '', bilan: '2028-02-30' }))).toEqual([]);
  });
});
