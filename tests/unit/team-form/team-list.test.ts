import { describe, expect, it } from 'vitest';
import { readTeamList } from '../../../src/lib/team-form/team-list';
import { TEAM_MAX_PEOPLE } from '../../../src/lib/schemas/team';
import { person } from '../team/people';

describe('a list pasted or imported into « Mon équipe »', () => {
  it('reads civilité; nom; prénom; fonction; e-mail without a header', () => {
    const reading = readTeamList('Mme;Dupont;Claire;professeure;c.dupont@ac-lyon.fr', []);
    expect(reading.fresh).toEqual([
      {
        civilite: 'Madame',
        nom: 'Dupont',
        prenom: 'Claire',
        fonction: 'professeure',
        email: 'c.dupont@ac-lyon.fr',
        gone: false,
      },
    ]);
  });

  it('maps the columns a header row names, in its order, e-mail included', () => {
    const text =
      'Courriel\tPrénom\tNom\tDiscipline\tCivilité\nm.n@ac-lyon.fr\tPaul\tÉluard\tCPE\tM.';
    expect(readTeamList(text, []).fresh).toEqual([
      {
        civilite: 'Monsieur',
        nom: 'Éluard',
        prenom: 'Paul',
        fonction: 'CPE',
        email: 'm.n@ac-lyon.fr',
        gone: false,
      },
    ]);
  });

  it('does not add twice someone already in the team or twice in the list, and says which', () => {
    const here = [person(1, { nom: 'Dupont', prenom: 'Claire' })];
    const text = ['Mme;DUPONT;claire', 'M.;Martin;Léo', 'M.;Martin;Leo', 'Mme;Benali;Nadia'].join(
      '\n',
    );
    const reading = readTeamList(text, here);
    expect(reading.rows.map((row) => [row.line, row.kind])).toEqual([
      [1, 'duplicate'],
      [2, 'new'],
      [3, 'duplicate'],
      [4, 'new'],
    ]);
    expect(reading.fresh.map((p) => p.nom)).toEqual(['Martin', 'Benali']);
  });

  it('gives a bad row one French error and keeps the good ones', () => {
    const reading = readTeamList('Mlle X;Dupont;Claire\nMme;;Zoé;;pas-une-adresse\nM.;Ba;Omar', []);
    expect(reading.rows.map((row) => (row.kind === 'error' ? row.error : row.kind))).toEqual([
      'Ligne 1\u00a0: La civilité «\u00a0Mlle X\u00a0» n’est pas reconnue (Mme ou M.).',
      'Ligne 2\u00a0: Le nom manque\u202f; l’adresse électronique «\u00a0pas-une-adresse\u00a0» n’est pas valide.',
      'new',
    ]);
  });

  it(`refuses a list that would take the team past ${TEAM_MAX_PEOPLE} people`, () => {
    const here = Array.from({ length: TEAM_MAX_PEOPLE - 1 }, (_, n) => person(n));
    const reading = readTeamList('Mme;A;a\nMme;B;b', here);
    expect(reading.fresh).toEqual([]);
    expect(reading.refused).toContain('«\u00a0Mon équipe\u00a0» compte 500 personnes au plus');
  });
});
