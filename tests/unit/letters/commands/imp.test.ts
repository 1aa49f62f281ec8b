import { describe, expect, it } from 'vitest';
import {
  addImpTable,
  addOtherImpLine,
  canAddOtherImpLine,
  removeImpTable,
  removeOtherImpLine,
  setImpCount,
  setImpMission,
  setImpNote,
  setImpProvenance,
  setImpStsCode,
  setImpTaux,
} from '../../../../src/lib/letters/commands/imp';
import type { LetterChange } from '../../../../src/lib/letters/change';
import { letterSchema, type Letter } from '../../../../src/lib/schemas/letter';
import { impProblems } from '../../../../src/lib/imp';
import { newLetter, rates } from '../../document/fixture';

/** The fixture letter after these commands, checked against the stored schema. */
function after(...changes: LetterChange[]): Letter {
  const letter = newLetter();
  for (const change of changes) change(letter);
  return letterSchema.parse(letter);
}

const lineOf = (letter: Letter, id: string) => letter.imp?.lines.find((line) => line.id === id);
const numbers = (letter: Letter, id: string) => {
  const line = lineOf(letter, id);
  return { count: line?.count, taux: line?.taux };
};

describe('choosing a taux', () => {
  it('sets the number to the taux’s share', () => {
    expect(numbers(after(setImpTaux('rectorat', 2, rates)), 'rectorat')).toEqual({
      count: 0.5,
      taux: 2,
    });
    expect(numbers(after(setImpTaux('rectorat', 5, rates)), 'rectorat')).toEqual({
      count: 3,
      taux: 5,
    });
  });

  it('replaces a number that did not match, so the line is coherent again', () => {
    const letter = after(setImpCount('rectorat', 1.5, rates), setImpTaux('rectorat', 2, rates));
    expect(numbers(letter, 'rectorat')).toEqual({ count: 0.5, taux: 2 });
  });

  it('clears the line when no taux is chosen', () => {
    const letter = after(setImpTaux('rectorat', 3, rates), setImpTaux('rectorat', null, rates));
    expect(numbers(letter, 'rectorat')).toEqual({ count: null, taux: null });
  });

  it('changes nothing for a taux the rates do not have, or a line that does not exist', () => {
    expect(after(setImpTaux('rectorat', 9, rates))).toEqual(newLetter());
    expect(after(setImpTaux('nulle-part', 2, rates))).toEqual(newLetter());
  });
});

describe('typing a number of IMP', () => {
  it('selects the taux whose share it is', () => {
    expect(numbers(after(setImpCount('rectorat', 1, rates)), 'rectorat')).toEqual({
      count: 1,
      taux: 3,
    });
    expect(numbers(after(setImpCount('rectorat', 0.25, rates)), 'rectorat')).toEqual({
      count: 0.25,
      taux: 1,
    });
  });

  it('keeps a number no taux pays, « hors taux usuel », with no taux', () => {
    const letter = after(setImpTaux('rectorat', 2, rates), setImpCount('rectorat', 1.5, rates));
    expect(numbers(letter, 'rectorat')).toEqual({ count: 1.5, taux: null });
    expect(impProblems(letter, rates)).toEqual([]);
  });

  it('clears the line when emptied', () => {
    const letter = after(setImpTaux('rectorat', 3, rates), setImpCount('rectorat', null, rates));
    expect(numbers(letter, 'rectorat')).toEqual({ count: null, taux: null });
  });

  it('refuses a number the letter cannot store', () => {
    for (const count of [0.4, -1, 20.25, Number.NaN]) {
      expect(after(setImpCount('rectorat', count, rates)), String(count)).toEqual(newLetter());
    }
  });

  it('never leaves a line whose taux and number disagree', () => {
    const letter = after(
      setImpTaux('rectorat', 4, rates),
      setImpCount('etablissement', 0.75, rates),
      setImpCount('rectorat', 3, rates),
      setImpTaux('etablissement', 1, rates),
      setImpCount('etablissement', 2, rates),
    );
    expect(impProblems(letter, rates)).toEqual([]);
    expect(numbers(letter, 'rectorat')).toEqual({ count: 3, taux: 5 });
    expect(numbers(letter, 'etablissement')).toEqual({ count: 2, taux: 4 });
  });
});

describe('the texts of the IMP block', () => {
  it('sets the STS-web code, the note, a line’s mission and provenance', () => {
    const letter = after(
      setImpStsCode('IMP 1234'),
      setImpNote('Versée en juin.'),
      setImpMission('rectorat', 'Cordées'),
      setImpProvenance('etablissement', 'dotation établissement'),
    );
    expect(letter.imp?.stsCode).toBe('IMP 1234');
    expect(letter.imp?.note).toBe('Versée en juin.');
    expect(lineOf(letter, 'rectorat')?.mission).toBe('Cordées');
    expect(lineOf(letter, 'etablissement')?.provenance).toBe('dotation établissement');
  });

  it('gives no provenance to a line that does not ask for one', () => {
    expect(lineOf(after(setImpProvenance('rectorat', 'x')), 'rectorat')?.provenance).toBeNull();
  });

  it('changes nothing in a letter without IMP', () => {
    const letter = newLetter();
    letter.imp = null;
    for (const change of [setImpStsCode('x'), setImpNote('x'), addOtherImpLine()]) change(letter);
    expect(letter.imp).toBeNull();
  });
});

describe('the « autre » line', () => {
  it('is added empty under the model’s lines, once', () => {
    const letter = after(addOtherImpLine(), addOtherImpLine());
    expect(letter.imp?.lines.map((line) => line.id)).toEqual([
      'rectorat',
      'etablissement',
      'autre',
    ]);
    expect(numbers(letter, 'autre')).toEqual({ count: null, taux: null });
    expect(canAddOtherImpLine(letter.imp)).toBe(false);
  });

  it('comes back empty after it was filled and removed', () => {
    const letter = after(
      addOtherImpLine(),
      setImpCount('autre', 2, rates),
      removeOtherImpLine(),
      addOtherImpLine(),
    );
    expect(numbers(letter, 'autre')).toEqual({ count: null, taux: null });
  });

  it('is the only line that can be removed', () => {
    const letter = after(addOtherImpLine(), removeOtherImpLine(), removeOtherImpLine());
    expect(letter.imp?.lines.map((line) => line.id)).toEqual(['rectorat', 'etablissement']);
    expect(canAddOtherImpLine(letter.imp)).toBe(true);
  });
});

describe('an IMP table added to a letter whose model has none', () => {
  /** The fixture letter without its IMP table, as a REP or MLDS letter is made. */
  const withoutImp = () => {
    const letter = newLetter();
    letter.imp = null;
    return letter;
  };

  it('has one line for the school to pay, named after the mission, to fill', () => {
    const letter = withoutImp();
    addImpTable('Coordonnateur du REP')(letter);
    expect(letterSchema.parse(letter).imp).toEqual({
      stsCode: '',
      note: '',
      lines: [
        {
          id: 'etablissement',
          heading: 'IMP attribuée par l’établissement',
          mission: 'Coordonnateur du REP',
          provenance: null,
          count: null,
          taux: null,
        },
      ],
    });
    setImpCount('etablissement', 1, rates)(letter);
    expect(numbers(letter, 'etablissement')).toEqual({ count: 1, taux: 3 });
  });

  it('never replaces a table the letter has', () => {
    const letter = after(setImpCount('rectorat', 1, rates), addImpTable('REP'));
    expect(letter.imp?.lines.map((line) => line.id)).toEqual(['rectorat', 'etablissement']);
    expect(numbers(letter, 'rectorat')).toEqual({ count: 1, taux: 3 });
  });

  it('can be taken out again', () => {
    const letter = withoutImp();
    addImpTable('REP')(letter);
    removeImpTable()(letter);
    expect(letterSchema.parse(letter).imp).toBeNull();
  });
});
