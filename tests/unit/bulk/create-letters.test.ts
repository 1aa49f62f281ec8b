import { describe, expect, it } from 'vitest';
import { createLetters } from '../../../src/lib/bulk/create-letters';
import { goodPeople, parseList } from '../../../src/lib/bulk/parse-list';
import { sharedDefaults, sharedFields } from '../../../src/lib/bulk/to-letter';
import { LetterRepository } from '../../../src/lib/letters/repository';
import type { LetterMessage } from '../../../src/lib/persistence/channel';
import { emptySchool, type School } from '../../../src/lib/schemas/school';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { idMaker } from '../../fixtures/make-letter';
import { QuotaStore } from '../support/failing-store';
import { rates, readyModel } from './support';

const model = readyModel('coordonnateur-discipline');
const school: School = {
  ...emptySchool,
  etablissement: 'Collège Jean Moulin',
  ville: 'Lyon',
  chef: 'Anne Martin',
};
const now = new Date('2026-06-02T10:00:00.000Z');

function setUp(store = new MemoryStore()) {
  const messages: LetterMessage[] = [];
  const repo = new LetterRepository(store, () => now);
  const services = { repo, channel: { announce: (m: LetterMessage) => messages.push(m) } };
  return { repo, services, messages };
}

const list = ['Mme;Dupont;Claire;professeure de mathématiques;3;', 'M.;Roux;Paul;;;0,5'].join('\n');
const people = () => goodPeople(parseList(list, rates));

describe('the values the people share', () => {
  it('are the model’s fields that are not the person’s, pre-filled like a new letter', () => {
    expect(sharedFields(model).map((field) => field.id)).toEqual([
      'anneeScolaire',
      'discipline',
      'dateConseil',
      'dateBilan',
    ]);
    expect(sharedDefaults(model, school, now)).toEqual({
      anneeScolaire: '2026-2027',
      discipline: '',
      dateConseil: '',
      dateBilan: '',
    });
  });
});

describe('creating the letters', () => {
  it('writes one letter per person, with the shared values, their own fields and IMP', async () => {
    const { repo, services, messages } = setUp();
    const shared = { ...sharedDefaults(model, school, now), discipline: 'mathématiques' };
    const bulk = { typeId: 'coordonnateur-discipline', model, school, shared };
    const outcome = await createLetters(services, bulk, people(), { now, makeId: idMaker('x') });
    expect(outcome.ok && outcome.refused).toEqual([]);

    const { letters } = await repo.list();
    const byName = new Map(letters.map((letter) => [letter.values['nom'], letter]));
    expect([...byName.keys()].sort()).toEqual(['Dupont', 'Roux']);
    expect(byName.get('Dupont')?.values).toMatchObject({
      civilite: 'Madame',
      prenom: 'Claire',
      fonction: 'professeure de mathématiques',
      discipline: 'mathématiques',
      anneeScolaire: '2026-2027',
    });
    expect(byName.get('Dupont')?.school.etablissement).toBe('Collège Jean Moulin');
    expect(byName.get('Dupont')?.imp?.lines[0]).toMatchObject({ count: 1, taux: 3 });
    expect(byName.get('Roux')?.imp?.lines[0]).toMatchObject({ count: 0.5, taux: 2 });
    expect(byName.get('Roux')?.values['civilite']).toBe('Monsieur');
    expect(messages.map((message) => message.kind)).toEqual(['saved', 'saved']);
  });

  it('leaves out and names a line whose letter fails its own checks, writing the others', async () => {
    const { repo, services } = setUp();
    const shared = { ...sharedDefaults(model, school, now), discipline: 'x'.repeat(301) };
    const [first, second] = people();
    if (!first || !second) throw new Error('two people expected');
    // One person gets a discipline too long for a letter: only their letter is refused.
    const bulk = { typeId: 'coordonnateur-discipline', model, school, shared: {} };
    const good = await createLetters(services, bulk, [first], { now });
    const bad = await createLetters(services, { ...bulk, shared }, [second], { now });
    expect(good.ok && good.created).toHaveLength(1);
    expect(bad.ok && bad.refused.map((item) => item.message)).toEqual([
      expect.stringMatching(/^Ligne 2\u00a0: lettre impossible, .*Discipline coordonnée/),
    ]);
    expect((await repo.list()).letters).toHaveLength(1);
  });

  it('writes nothing and says so in French when the storage is full', async () => {
    const { repo, services, messages } = setUp(new QuotaStore());
    const bulk = { typeId: 'coordonnateur-discipline', model, school, shared: {} };
    const outcome = await createLetters(services, bulk, people(), { now });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /^Aucune lettre n’a été créée\. L’espace de stockage du navigateur est plein/,
    );
    expect(messages).toEqual([]);
    expect((await repo.list()).letters).toEqual([]);
  });
});
