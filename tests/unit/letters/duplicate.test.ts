import { describe, expect, it } from 'vitest';
import { duplicateLetter } from '../../../src/lib/letters/duplicate';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { idMaker, makeLetter } from '../../fixtures/make-letter';

const now = new Date('2027-06-15T09:00:00.000Z');
const original = makeLetter('o', {
  revision: 7,
  date: '2026-09-01',
  values: { prenom: 'Marie', nom: 'Curie', anneeScolaire: '2026-2027' },
});

describe('duplicating a letter', () => {
  it('makes a new letter: new id, revision 0, stamped now, same content and title', () => {
    const copy = duplicateLetter(original, { nextYear: false, now, makeId: idMaker('copie') });
    expect(copy).toEqual({
      ...original,
      id: 'copie-1',
      revision: 0,
      createdAt: '2027-06-15T09:00:00.000Z',
      updatedAt: '2027-06-15T09:00:00.000Z',
    });
    expect(letterSchema.safeParse(copy).success).toBe(true);
  });

  it('never shares objects with the original', () => {
    const copy = duplicateLetter(original, { nextYear: false, now, makeId: idMaker('c') });
    copy.values['nom'] = 'Autre';
    copy.sections[0]?.blocks.splice(0);
    expect(original.values['nom']).toBe('Curie');
    expect(original.sections[0]?.blocks).toHaveLength(1);
  });

  it('for next year: the school year moves on, the date is emptied, the title kept', () => {
    const copy = duplicateLetter(original, { nextYear: true, now, makeId: idMaker('n') });
    expect(copy.values['anneeScolaire']).toBe('2027-2028');
    expect(copy.date).toBe('');
    expect(copy.title).toBe(original.title);
    expect(copy.values['nom']).toBe('Curie');
    expect(original.values['anneeScolaire']).toBe('2026-2027');
  });

  it('every field of type schoolYear moves on, not only « anneeScolaire »', () => {
    const letter = makeLetter('y', {
      fields: [
        ...original.fields,
        { id: 'periode', label: 'Période', type: 'schoolYear', required: false },
      ],
      values: { periode: '2024-2025' },
    });
    const copy = duplicateLetter(letter, { nextYear: true, now, makeId: idMaker('n') });
    expect(copy.values['periode']).toBe('2025-2026');
    expect(copy.values['anneeScolaire']).toBeUndefined();
  });

  it('a blank or odd school year becomes the one after the current year', () => {
    for (const typed of ['', '2026', 'année prochaine']) {
      const letter = makeLetter('b', { values: { anneeScolaire: typed } });
      const copy = duplicateLetter(letter, { nextYear: true, now, makeId: idMaker('n') });
      // On 15 June 2027 the current school year is 2026-2027.
      expect(copy.values['anneeScolaire']).toBe('2027-2028');
    }
  });
});
