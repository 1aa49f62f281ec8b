import { describe, expect, it } from 'vitest';
import { pickLabel, pickList } from '../../../src/lib/team/pick-list';
import { person } from './people';

describe('the team as a picker offers it', () => {
  it('offers the people still here by name, and counts those who left', () => {
    const team = {
      people: [
        person(1, { nom: 'Érard', prenom: 'Paul' }),
        person(2, { nom: 'Dupont', prenom: 'Zoé' }),
        person(3, { nom: 'Zola', gone: true }),
        person(4, { nom: 'dupont', prenom: 'Anne' }),
      ],
    };
    const { people, gone } = pickList(team);
    expect(people.map(pickLabel)).toEqual([
      'Madame Anne dupont, professeur de mathématiques',
      'Madame Zoé Dupont, professeur de mathématiques',
      'Monsieur Paul Érard, professeur de mathématiques',
    ]);
    expect(gone).toBe(1);
  });

  it('names a person without a fonction by name only', () => {
    expect(pickLabel(person(1, { prenom: '', nom: 'Curie', fonction: ' ' }))).toBe(
      'Monsieur Curie',
    );
  });
});
