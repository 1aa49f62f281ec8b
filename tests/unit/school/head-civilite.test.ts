import { describe, expect, it } from 'vitest';
import { readSchoolRecord } from '../../../src/lib/school/migrate';
import { createLetter } from '../../../src/lib/letters/create';
import { migrateLetter } from '../../../src/lib/letters/migrate';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { emptySchool, schoolSchema, type School } from '../../../src/lib/schemas/school';
import { fixtureType, idMaker, letterFixture } from '../../fixtures/make-letter';

/**
 * The head's civilité in « Mon établissement »: « Madame », « Monsieur » or none; records and
 * letters stored before it existed stay valid and read as none, so they print as they did; a new
 * letter copies it with the rest of the heading, so it prints the same later.
 */

const school: School = { ...emptySchool, etablissement: 'Collège Pablo-Neruda' };

describe('the head’s civilité in « Mon établissement »', () => {
  it('is none in a record stored before it existed, which stays valid', () => {
    const { chefCivilite, ...older } = { ...school, schemaVersion: 1, revision: 3 };
    const reading = readSchoolRecord(older);
    expect(reading.ok).toBe(true);
    expect(reading.ok && reading.record.chefCivilite).toBe('');
    expect(reading.ok && reading.migrated).toBe(false);
  });

  it('takes « Madame » or « Monsieur », and refuses anything else, saying so in French', () => {
    for (const civilite of ['Madame', 'Monsieur', ''])
      expect(schoolSchema.parse({ chefCivilite: civilite }).chefCivilite).toBe(civilite);
    const wrong = readSchoolRecord({
      ...school,
      chefCivilite: 'Mme',
      schemaVersion: 1,
      revision: 0,
    });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problems.join(' ')).toContain('Madame');
  });

  it('is copied into a new letter’s heading, so the letter prints the same later', () => {
    const letter = createLetter(
      't',
      fixtureType,
      { ...school, chefCivilite: 'Madame' },
      new Date(),
      idMaker('l'),
    );
    // Kept by the letter's own (strict) schema, as it is stored and read back.
    expect(letterSchema.parse(letter).school.chefCivilite).toBe('Madame');
  });
});

describe('a letter stored before the head’s civilité existed', () => {
  it.each(['v0', 'v1', 'v2'] as const)('(format %s) still opens, the civilité none', (name) => {
    const raw = letterFixture(name);
    expect(JSON.stringify(raw)).not.toContain('chefCivilite');
    const reading = migrateLetter(raw);
    expect(reading.ok).toBe(true);
    expect(reading.ok && reading.letter.school.chefCivilite).toBe('');
  });
});
