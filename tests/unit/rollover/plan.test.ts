import { describe, expect, it } from 'vitest';
import { planRollover, samePlan } from '../../../src/lib/rollover/plan';
import { letterSchema, type Letter } from '../../../src/lib/schemas/letter';
import { idMaker, makeLetter } from '../../fixtures/make-letter';
import { dateField, letterFor } from '../support/year-letter';
import { goneFromTeam } from '../../../src/lib/rollover/gone';
import { person } from '../team/people';
import { STORED_TEXT_LIMIT } from '../../../src/lib/schemas/limits';

const now = new Date(2027, 5, 15, 10, 0); // 15 June 2027, local time

/** A letter of the fixture model for `prenom nom` in `year`, under id `id`. */
function letterOf(id: string, year: string, prenom: string, nom: string, changes = {}): Letter {
  return makeLetter(id, { id, ...changes, values: { prenom, nom, anneeScolaire: year } });
}

const ids = (letters: readonly { id: string }[]) => letters.map((letter) => letter.id);

describe('planning a year’s copies for the next year', () => {
  const marie = letterOf('marie', '2026-2027', 'Marie', 'Curie');
  const paul = letterOf('paul', '2026-2027', 'Paul', 'Éluard');
  const older = letterOf('older', '2025-2026', 'Marie', 'Curie');
  const nextYear = letterOf('next', '2027-2028', 'Ada', 'Lovelace');

  it('copies every letter of the chosen year, and only those, moved to the next year', () => {
    const plan = planRollover([marie, older, paul, nextYear], 2026, { now });
    expect(plan).toMatchObject({ from: 2026, to: 2027, skipped: [] });
    expect(ids(plan.copies.map(({ source }) => source))).toEqual(['marie', 'paul']);
    for (const { copy } of plan.copies) {
      expect(copy.values['anneeScolaire']).toBe('2027-2028');
      expect(copy.date).toBe('2027-06-15');
      expect(copy.revision).toBe(0);
      expect(letterSchema.safeParse(copy).success).toBe(true);
    }
    expect(plan.copies[0]?.copy.values).toMatchObject({ prenom: 'Marie', nom: 'Curie' });
  });

  it('leaves the letters of the chosen year untouched', () => {
    const before = structuredClone(marie);
    planRollover([marie], 2026, { now });
    expect(marie).toEqual(before);
  });

  it('moves the dates of the year to their weekday a year later, and keeps past facts', () => {
    const fields = [dateField('bilan'), dateField('fevrier'), dateField('creation')];
    const letter = letterFor(
      '2027-2028',
      {
        id: 'leap',
        values: { bilan: '2028-01-25', fevrier: '2028-02-29', creation: '2019-10-01' },
      },
      fields,
    );
    const [moved] = planRollover([letter], 2027, { now }).copies;
    expect(moved?.copy.values).toMatchObject({
      anneeScolaire: '2028-2029',
      // Tuesday 25 January 2028 → Tuesday 23 January 2029; Tuesday 29 February 2028 → Tuesday
      // 27 February 2029.
      bilan: '2029-01-23',
      fevrier: '2029-02-27',
      creation: '2019-10-01',
    });
  });

  it('gives every copy an id no letter has, even when the id maker repeats itself', () => {
    const repeating = (() => {
      const made = ['marie', 'copy-1', 'copy-1', 'paul', 'copy-2'];
      return () => made.shift() ?? 'exhausted';
    })();
    const plan = planRollover([marie, paul], 2026, { now, makeId: repeating });
    expect(ids(plan.copies.map(({ copy }) => copy))).toEqual(['copy-1', 'copy-2']);
  });

  it('gives three hundred copies distinct ids with the real id maker', () => {
    const many = Array.from({ length: 300 }, (_, n) =>
      letterOf(`l${n}`, '2026-2027', 'Personne', `N${n}`),
    );
    const copies = planRollover(many, 2026, { now }).copies.map(({ copy }) => copy.id);
    expect(new Set([...copies, ...ids(many)]).size).toBe(600);
  });

  it('skips a letter without a school year, and says so', () => {
    const blank = letterOf('blank', '', 'Léa', 'Martin');
    const typo = letterOf('typo', '2026-2028', 'Léo', 'Martin');
    const plan = planRollover([marie, blank, typo], 2026, { now });
    expect(ids(plan.copies.map(({ source }) => source))).toEqual(['marie']);
    expect(plan.skipped.map(({ letter, reason }) => [letter.id, reason.kind])).toEqual([
      ['blank', 'no-year'],
      ['typo', 'no-year'],
    ]);
  });

  it('skips a letter already copied: same model and person in the next year', () => {
    const copied = letterOf('copied', '2027-2028', ' marie ', 'CURIE');
    const plan = planRollover([marie, paul, copied], 2026, { now });
    expect(ids(plan.copies.map(({ source }) => source))).toEqual(['paul']);
    expect(plan.skipped).toEqual([
      { letter: marie, reason: { kind: 'already-copied', existing: copied } },
    ]);
  });

  it('copies a letter when the next year only has another person or another model', () => {
    const otherPerson = letterOf('other', '2027-2028', 'Marie', 'Dupont');
    const otherModel = letterOf('rep', '2027-2028', 'Marie', 'Curie', { typeId: 'rep' });
    const plan = planRollover([marie, otherPerson, otherModel], 2026, { now });
    expect(ids(plan.copies.map(({ source }) => source))).toEqual(['marie']);
  });

  it('tells two unnamed letters of one model apart by their title', () => {
    const draft = letterOf('draft', '2026-2027', '', '', { title: 'Tutorat – 2de' });
    const copiedOther = letterOf('copied', '2027-2028', '', '', { title: 'Tutorat – 1re' });
    expect(planRollover([draft, copiedOther], 2026, { now }).copies).toHaveLength(1);
    const copiedSame = letterOf('same', '2027-2028', '', '', { title: 'tutorat – 2DE' });
    expect(planRollover([draft, copiedSame], 2026, { now }).copies).toHaveLength(0);
  });

  it('copies nothing the second time: the first run’s copies count as copied', () => {
    const first = planRollover([marie, paul], 2026, { now, makeId: idMaker('c') });
    const after = [marie, paul, ...first.copies.map(({ copy }) => copy)];
    const second = planRollover(after, 2026, { now });
    expect(second.copies).toEqual([]);
    expect(second.skipped.map(({ reason }) => reason.kind)).toEqual([
      'already-copied',
      'already-copied',
    ]);
  });

  it('lists the copies’ texts citing a past year, for review', () => {
    const cited = makeLetter('cited', {
      id: 'cited',
      values: { prenom: 'Marie', nom: 'Curie', anneeScolaire: '2026-2027' },
    });
    cited.preamble = [{ id: 'p1', text: 'Bilan de l’année 2026-2027 en juin 2027.' }];
    const [copy] = planRollover([cited], 2026, { now }).copies;
    expect(copy?.review.map(({ found }) => found)).toEqual(['2026-2027', 'juin 2027']);
  });

  it('lists the copies’ dates to check: kept from before the year, or moved onto a holiday', () => {
    const conseil = { ...dateField('conseil'), label: 'Date du conseil d’administration' };
    const bilan = { ...dateField('bilan'), label: 'Date de remise du bilan' };
    const letter = letterFor(
      '2026-2027',
      { id: 'dated', values: { conseil: '2026-06-25', bilan: '2027-05-27' } },
      [conseil, bilan],
    );
    const [copy] = planRollover([letter], 2026, { now }).copies;
    expect(copy?.copy.values).toMatchObject({ conseil: '2026-06-25', bilan: '2028-05-25' });
    expect(copy?.dates.map(({ label, date, target }) => [label, date, target])).toEqual([
      ['Date du conseil d’administration', 'jeudi 25 juin 2026', 'f-conseil'],
      ['Date de remise du bilan', 'jeudi 25 mai 2028', 'f-bilan'],
    ]);
    expect(copy?.dates[0]?.message).toContain('date de l’année scolaire 2025-2026');
    expect(copy?.dates[1]?.message).toContain('jour férié (Ascension)');
  });

  it('lists nothing for dates moved onto working days', () => {
    const letter = letterFor('2026-2027', { id: 'ok', values: { bilan: '2027-05-28' } }, [
      dateField('bilan'),
    ]);
    const [copy] = planRollover([letter], 2026, { now }).copies;
    expect(copy?.copy.values['bilan']).toBe('2028-05-26');
    expect(copy?.dates).toEqual([]);
  });

  it('copies a letter stored before the limits whole, its long text listed to shorten', () => {
    // The same rule as an import and « Dupliquer »: a text over today's limit is kept, never cut.
    const long = letterOf('long', '2026-2027', 'Marie', 'Curie');
    long.title = 'T'.repeat(5000);
    const plan = planRollover([long, paul], 2026, { now });
    expect(ids(plan.copies.map(({ source }) => source))).toEqual(['long', 'paul']);
    const [copy] = plan.copies;
    expect(copy?.copy.title).toBe(long.title);
    expect(copy?.tooLong).toEqual([
      expect.objectContaining({ label: 'Titre de la lettre', length: 5000, max: 200 }),
    ]);
    expect(plan.copies[1]?.tooLong).toEqual([]);
    expect(plan.skipped).toEqual([]);
  });

  it('leaves out a letter whose copy even the stored schema refuses, naming the field', () => {
    const broken = letterOf('broken', '2026-2027', 'Marie', 'Curie');
    broken.title = 'T'.repeat(STORED_TEXT_LIMIT + 1);
    const plan = planRollover([broken, paul], 2026, { now });
    expect(ids(plan.copies.map(({ source }) => source))).toEqual(['paul']);
    const [skipped] = plan.skipped;
    expect(skipped?.reason.kind).toBe('invalid');
    if (skipped?.reason.kind === 'invalid')
      expect(skipped.reason.issues[0]?.message).toMatch(/trop long/);
  });
});

describe('leaving out the people gone from « Mon équipe »', () => {
  const linked = (id: string, nom: string, person: string | null) => ({
    ...letterOf(id, '2026-2027', 'Marie', nom),
    teamPersonId: person,
  });

  it('does not copy a letter whose person left, and names them', () => {
    const team = { people: [person(1, { gone: true }), person(2)] };
    const letters = [
      linked('a', 'Curie', 'p1'),
      linked('b', 'Éluard', 'p2'),
      linked('c', 'X', null),
    ];
    const plan = planRollover(letters, 2026, { now, gone: goneFromTeam(team) });
    expect(ids(plan.copies.map(({ source }) => source))).toEqual(['b', 'c']);
    expect(plan.skipped).toEqual([
      { letter: letters[0], reason: { kind: 'gone', person: 'Prénom1 Nom1' } },
    ]);
  });

  it('proposes it again once the person is no longer marked as gone', () => {
    const team = { people: [person(1)] };
    const plan = planRollover([linked('a', 'Curie', 'p1')], 2026, {
      now,
      gone: goneFromTeam(team),
    });
    expect(plan.copies).toHaveLength(1);
  });
});

describe('comparing two plans', () => {
  const marie = letterOf('marie', '2026-2027', 'Marie', 'Curie');
  const paul = letterOf('paul', '2026-2027', 'Paul', 'Éluard');

  it('sees the same plan whatever ids the copies get', () => {
    const a = planRollover([marie, paul], 2026, { now, makeId: idMaker('a') });
    const b = planRollover([marie, paul], 2026, { now, makeId: idMaker('b') });
    expect(samePlan(a, b)).toBe(true);
  });

  it('sees a letter added, saved again or copied since', () => {
    const a = planRollover([marie], 2026, { now });
    expect(samePlan(a, planRollover([marie, paul], 2026, { now }))).toBe(false);
    const saved = { ...marie, revision: marie.revision + 1 };
    expect(samePlan(a, planRollover([saved], 2026, { now }))).toBe(false);
    const copied = letterOf('copied', '2027-2028', 'Marie', 'Curie');
    expect(samePlan(a, planRollover([marie, copied], 2026, { now }))).toBe(false);
  });
});
