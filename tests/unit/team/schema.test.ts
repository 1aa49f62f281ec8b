import { describe, expect, it } from 'vitest';
import { TEAM_MAX_PEOPLE, teamSchema } from '../../../src/lib/schemas/team';
import { TeamRepository } from '../../../src/lib/team/repository';
import { InvalidTeamError } from '../../../src/lib/team/errors';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { createLock } from '../../../src/lib/persistence/record-store';
import { person } from './people';

const repo = () => new TeamRepository(new MemoryStore(), () => new Date(), createLock());

/** The French problems a save of `people` meets (none: it was written). */
async function problems(people: unknown[]): Promise<string[]> {
  const error = await repo()
    .save({ people } as never, 0)
    .then(() => null)
    .catch((e: unknown) => e);
  if (error === null) return [];
  expect(error).toBeInstanceOf(InvalidTeamError);
  return (error as InvalidTeamError).issues.map((issue) => `${issue.where} : ${issue.message}`);
}

describe('the team schema', () => {
  it('takes a person with civilité, nom, prénom, fonction, e-mail and « a quitté »', () => {
    const team = { people: [person(1, { email: 'a.b@ac-creteil.fr', gone: true })] };
    expect(teamSchema.parse(team)).toEqual(team);
  });

  it(`holds ${TEAM_MAX_PEOPLE} people at most`, async () => {
    const many = (count: number) => Array.from({ length: count }, (_, n) => person(n));
    expect(await problems(many(TEAM_MAX_PEOPLE))).toEqual([]);
    expect((await problems(many(TEAM_MAX_PEOPLE + 1))).join()).toContain('la liste des personnes');
  });

  it('names the person and the field of each problem, in French', async () => {
    const said = await problems([person(1), person(2, { nom: ' ', prenom: 'x'.repeat(101) })]);
    expect(said).toEqual([
      'le nom de la personne 2 : le nom manque',
      expect.stringMatching(/^le prénom de la personne 2 : /),
    ]);
  });

  it('refuses a civilité other than Madame or Monsieur', async () => {
    const said = await problems([person(1), person(2, { civilite: 'Mlle' as never })]);
    expect(said.join('\n')).toContain('la civilité de la personne 2');
  });

  it('refuses an id given twice: a letter links to one person', async () => {
    expect(await problems([person(1), person(2, { id: 'p1' })])).toEqual([
      'l’identifiant de la personne 2 : identifiant «\u00a0p1\u00a0» présent deux fois',
    ]);
  });

  it('refuses an unknown key rather than dropping it', () => {
    expect(teamSchema.safeParse({ people: [{ ...person(1), taux: 3 }] }).success).toBe(false);
  });
});
