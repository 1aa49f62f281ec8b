import { describe, expect, it } from 'vitest';
import { lettersByPerson } from '../../../src/lib/team-form/person-letters';
import { letterRow } from '../../../src/lib/summary/row';
import type { Letter } from '../../../src/lib/schemas/letter';
import { makeLetter } from '../../fixtures/make-letter';
import { rates } from '../bulk/support';

const models = [{ id: 'referent-decrochage', mission: 'Référent décrochage' }];

/** A letter of `year` for team person `person`, with `count` IMP on its line. */
function letterOf(id: string, year: string, person: string | null, count: number): Letter {
  const letter = makeLetter(id, { id, values: { nom: 'Curie', anneeScolaire: year } });
  const line = letter.imp?.lines[0];
  if (line) Object.assign(line, { count, taux: null });
  return { ...letter, teamPersonId: person, status: id === 'b' ? 'signee' : 'brouillon' };
}

describe('each person’s letters of the year on the team page', () => {
  const letters = [
    letterOf('a', '2027-2028', 'p1', 1),
    letterOf('b', '2027-2028', 'p1', 0.5),
    letterOf('c', '2026-2027', 'p1', 2),
    letterOf('d', '2027-2028', null, 3),
    letterOf('e', '2027-2028', 'p2', 0.25),
  ];

  it('lists a person’s letters of the year with their status, and adds up their IMP', () => {
    const byPerson = lettersByPerson(letters, models, rates, '2027-2028');
    expect([...byPerson.keys()].sort()).toEqual(['p1', 'p2']);
    const claire = byPerson.get('p1');
    expect(claire?.letters.map(({ id, statusLabel }) => [id, statusLabel])).toEqual([
      ['a', 'Brouillon'],
      ['b', 'Signée'],
    ]);
    expect(claire?.quarters).toBe(6);
  });

  it('gives the IMP summary’s figures', () => {
    const claire = lettersByPerson(letters, models, rates, '2027-2028').get('p1');
    const rows = [letters[0], letters[1]].flatMap((letter) =>
      letter ? [letterRow(letter, models, rates)] : [],
    );
    expect(claire?.annualCents).toBe(rows.reduce((sum, row) => sum + row.annualCents, 0));
    expect(claire?.annualCents).toBeGreaterThan(0);
  });
});
