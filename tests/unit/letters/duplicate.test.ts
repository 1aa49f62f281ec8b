import { describe, expect, it } from 'vitest';
import { duplicateLetter } from '../../../src/lib/letters/duplicate';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { idMaker } from '../../fixtures/make-letter';
import { dateField, letterFor } from '../support/year-letter';

const now = new Date(2027, 5, 15, 11, 0);
const original = letterFor(
  '2026-2027',
  {
    revision: 7,
    date: '2026-09-01',
    values: { prenom: 'Marie', nom: 'Curie', bilan: '2027-01-25' },
  },
  [dateField('bilan')],
);

describe('duplicating a letter', () => {
  it('makes a new letter: new id, revision 0, stamped now, same content and title', () => {
    const copy = duplicateLetter(original, { nextYear: false, now, makeId: idMaker('copie') });
    expect(copy).toEqual({
      ...original,
      id: 'copie-1',
      revision: 0,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(letterSchema.safeParse(copy).success).toBe(true);
  });

  it('never shares objects with the original', () => {
    for (const nextYear of [false, true]) {
      const copy = duplicateLetter(original, { nextYear, now, makeId: idMaker('c') });
      copy.values['nom'] = 'Autre';
      copy.sections[0]?.blocks.splice(0);
      expect(original.values['nom']).toBe('Curie');
      expect(original.sections[0]?.blocks).toHaveLength(1);
    }
  });

  it('for next year: school year and dates move on, the copy is dated today, the title kept', () => {
    const copy = duplicateLetter(original, { nextYear: true, now, makeId: idMaker('n') });
    expect(copy.id).toBe('n-1');
    expect(copy.values).toMatchObject({
      anneeScolaire: '2027-2028',
      // Monday 25 January 2027 → Monday 24 January 2028 (`moveToSameWeekday`).
      bilan: '2028-01-24',
      nom: 'Curie',
    });
    expect(copy.date).toBe('2027-06-15');
    expect(copy.title).toBe(original.title);
    expect(original.values['anneeScolaire']).toBe('2026-2027');
    expect(original.values['bilan']).toBe('2027-01-25');
    expect(letterSchema.safeParse(copy).success).toBe(true);
  });

  it('a blank or odd school year becomes the one after the current year', () => {
    for (const typed of ['', '2026', 'année prochaine']) {
      const copy = duplicateLetter(letterFor(typed), { nextYear: true, now, makeId: idMaker('n') });
      // On 15 June 2027 the current school year is 2026-2027.
      expect(copy.values['anneeScolaire']).toBe('2027-2028');
    }
  });
});
