import { describe, expect, it } from 'vitest';
import { linkTeam, teamListText } from '../../../src/lib/bulk/team-rows';
import { goodPeople, parseList } from '../../../src/lib/bulk/parse-list';
import { letterForPerson } from '../../../src/lib/bulk/to-letter';
import { emptySchool } from '../../../src/lib/schemas/school';
import { fixtureType } from '../../fixtures/make-letter';
import { person } from '../team/people';
import { rates } from './support';

describe('people chosen in « Mon équipe » for « Plusieurs personnes »', () => {
  const chosen = [
    person(1, { nom: 'Dupont', prenom: 'Claire', fonction: 'CPE; vie scolaire' }),
    person(2, { nom: 'Martin', prenom: 'Paul', civilite: 'Monsieur', fonction: '' }),
  ];

  it('become the rows of the list, read as a pasted list is', () => {
    const reading = parseList(teamListText(chosen), rates, fixtureType);
    expect(goodPeople(reading).map(({ person: row }) => row)).toEqual([
      {
        civilite: 'Monsieur',
        nom: 'Dupont',
        prenom: 'Claire',
        fonction: 'CPE; vie scolaire',
        imp: null,
      },
      { civilite: 'Monsieur', nom: 'Martin', prenom: 'Paul', fonction: '', imp: null },
    ]);
  });

  it('each made letter links to its person, even with the fonction edited in the list', () => {
    const text = teamListText(chosen).replace('CPE; vie scolaire', 'CPE');
    const rows = linkTeam(goodPeople(parseList(text, rates, fixtureType)), chosen);
    const letters = rows.map(({ person: row }) =>
      letterForPerson('referent-decrochage', fixtureType, emptySchool, {}, row, new Date()),
    );
    expect(letters.map((letter) => [letter.values['nom'], letter.teamPersonId])).toEqual([
      ['Dupont', 'p1'],
      ['Martin', 'p2'],
    ]);
  });

  it('links no row of a pasted list, nor two chosen people of the same name', () => {
    const text = 'M.;Dupont;Claire;CPE';
    const pasted = goodPeople(parseList(text, rates, fixtureType));
    expect(linkTeam(pasted, [])[0]?.person.teamPersonId).toBeUndefined();
    const claire = person(1, { nom: 'Dupont', prenom: 'Claire' });
    const twins = [claire, { ...claire, id: 'p9' }];
    expect(linkTeam(pasted, twins)[0]?.person.teamPersonId).toBeUndefined();
  });
});
