import { describe, expect, it } from 'vitest';
import { choosePerson } from '../../../src/lib/letters/commands/team-person';
import type { Field } from '../../../src/lib/schemas/field';
import { letterSchema, type Letter } from '../../../src/lib/schemas/letter';
import { makeLetter } from '../../fixtures/make-letter';
import { person } from '../team/people';

const civilite: Field = {
  id: 'civ',
  label: 'Civilité',
  type: 'choice',
  options: ['Madame', 'Monsieur'],
  role: 'civilite',
  required: true,
};
const fonction: Field = {
  id: 'fct',
  label: 'Fonction',
  type: 'text',
  role: 'fonction',
  required: false,
};

/** A letter whose model has the four person's fields, `nom` already typed. */
function letter(): Letter {
  const base = makeLetter('a', { values: { nom: 'Tapé', anneeScolaire: '2027-2028' } });
  return { ...base, fields: [civilite, ...base.fields, fonction] };
}

describe('choosing a person of « Mon équipe » for a letter', () => {
  const claire = person(2, { prenom: 'Claire', nom: 'Dupont', fonction: 'CPE' });

  it('fills civilité, prénom, nom and fonction and links the letter to the person', () => {
    const target = letter();
    choosePerson(target, claire).change(target);
    expect(target.values).toMatchObject({
      civ: 'Madame',
      prenom: 'Claire',
      nom: 'Dupont',
      fct: 'CPE',
      anneeScolaire: '2027-2028',
    });
    expect(target.teamPersonId).toBe('p2');
    expect(letterSchema.safeParse(target).success).toBe(true);
  });

  it('keeps its own copy: the person changed afterwards does not change the letter', () => {
    const target = letter();
    const moved = { ...claire };
    choosePerson(target, moved).change(target);
    moved.nom = 'Martin';
    expect(target.values['nom']).toBe('Dupont');
  });

  it('undoes to the values and the link the letter had', () => {
    const target = letter();
    const before = structuredClone(target);
    const { change, undo } = choosePerson(target, claire);
    change(target);
    undo(target);
    expect(target).toEqual(before);
  });

  it('fills only the fields the model has', () => {
    const target = makeLetter('b');
    choosePerson(target, claire).change(target);
    expect(Object.keys(target.values)).not.toContain('civ');
    expect(target.values).toMatchObject({ prenom: 'Claire', nom: 'Dupont' });
  });
});
