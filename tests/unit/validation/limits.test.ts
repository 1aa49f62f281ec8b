import { describe, expect, it } from 'vitest';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { emptySchool, schoolSchema, storedSchoolSchema } from '../../../src/lib/schemas/school';
import { TEXT_LIMITS, blankLimit } from '../../../src/lib/schemas/limits';
import { migrateLetter } from '../../../src/lib/letters/migrate';
import { frenchErrorMap } from '../../../src/lib/validation/french-issues';
import { fieldIssues } from '../../../src/lib/validation/issues';
import { letterPlace, schoolPlace } from '../../../src/lib/schemas/field-path';
import type { Letter } from '../../../src/lib/schemas/letter';
import { makeLetter } from '../../fixtures/make-letter';

/** What the letter schema says of `letter`, as users read it: « where : what ». */
function problems(letter: Letter): string[] {
  const result = letterSchema.safeParse(letter, { errorMap: frenchErrorMap });
  if (result.success) return [];
  return fieldIssues(result.error, (path) => letterPlace(path, letter)).map(
    ({ where, message }) => `${where}\u00a0: ${message}`,
  );
}

const over = (limit: number) => 'x'.repeat(limit + 1);

describe('every text has a limit that fits its use', () => {
  it('the limits read as their use: a code is short, a mission long', () => {
    expect(TEXT_LIMITS.code).toBeLessThanOrEqual(20);
    expect(TEXT_LIMITS.uai).toBeLessThan(TEXT_LIMITS.name);
    expect(TEXT_LIMITS.name).toBeLessThan(TEXT_LIMITS.title);
    expect(TEXT_LIMITS.paragraph).toBeGreaterThanOrEqual(5_000);
    expect(blankLimit('uai')).toBe(TEXT_LIMITS.uai);
    expect(blankLimit('longText')).toBe(TEXT_LIMITS.longText);
  });

  it('refuses a STS-web code over its limit, naming the field', () => {
    const letter = makeLetter('n');
    if (!letter.imp) throw new Error('the fixture has an IMP block');
    letter.imp.stsCode = 'IMP 9073';
    expect(problems(letter)).toEqual([]);
    letter.imp.stsCode = over(TEXT_LIMITS.code);
    expect(problems(letter)).toEqual([
      `le code STS du tableau des IMP\u00a0: texte trop long (au plus ${TEXT_LIMITS.code}\u00a0caractères)`,
    ]);
  });

  it('accepts a text at its limit, refuses one more character', () => {
    const letter = makeLetter('n');
    letter.school.ville = 'x'.repeat(TEXT_LIMITS.name);
    expect(problems(letter)).toEqual([]);
    letter.school.ville = over(TEXT_LIMITS.name);
    expect(problems(letter)).toEqual([
      'le champ «\u00a0Ville\u00a0» de l’en-tête\u00a0: texte trop long (au plus 100\u00a0caractères)',
    ]);
  });

  it('holds a blank to its type’s limit, named by its label', () => {
    const letter = makeLetter('n');
    const field = letter.fields.find((candidate) => candidate.type === 'text');
    if (!field) throw new Error('the fixture has a text blank');
    letter.values[field.id] = over(blankLimit('text'));
    expect(problems(letter)).toEqual([
      `le champ «\u00a0${field.label}\u00a0»\u00a0: texte trop long (au plus ${blankLimit('text')}\u00a0caractères)`,
    ]);
  });

  it('a line blank past the record’s own bound still cites its own limit, once', () => {
    const letter = makeLetter('n');
    const field = letter.fields.find((candidate) => candidate.type === 'text');
    if (!field) throw new Error('the fixture has a text blank');
    letter.values[field.id] = over(TEXT_LIMITS.longText);
    expect(problems(letter)).toEqual([
      `le champ «\u00a0${field.label}\u00a0»\u00a0: texte trop long (au plus 300\u00a0caractères)`,
    ]);
  });

  it('a value of no field keeps the longest blank’s limit', () => {
    const letter = makeLetter('n');
    letter.values['ancien'] = over(TEXT_LIMITS.longText);
    expect(problems(letter)).toEqual([
      'le champ «\u00a0ancien\u00a0»\u00a0: texte trop long (au plus 5\u202f000\u00a0caractères)',
    ]);
    letter.values['ancien'] = 'x'.repeat(TEXT_LIMITS.longText);
    expect(problems(letter)).toEqual([]);
  });

  it('refuses « Mon établissement » with a UAI over its limit, naming the field', () => {
    const result = schoolSchema.safeParse(
      { ...emptySchool, uai: over(TEXT_LIMITS.uai) },
      { errorMap: frenchErrorMap },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldIssues(result.error, schoolPlace)).toEqual([
      {
        where: 'le champ «\u00a0UAI (code de l’établissement)\u00a0»',
        message: `texte trop long (au plus ${TEXT_LIMITS.uai}\u00a0caractères)`,
      },
    ]);
  });
});

describe('a text stored before the limits is never lost', () => {
  it('a stored letter with an « Objet » over its new limit opens, the text whole', () => {
    const objet = 'Objet '.repeat(500);
    const result = migrateLetter({ ...makeLetter('n'), objet }, 'letter:n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.letter.objet).toBe(objet);
    // Written back as it is, it is refused with the field named: the user shortens it.
    expect(problems(result.letter)).toEqual([
      `l’objet\u00a0: texte trop long (au plus ${TEXT_LIMITS.title}\u00a0caractères)`,
    ]);
  });

  it('a stored « Mon établissement » with a long town reads whole', () => {
    const ville = 'Saint-'.repeat(30);
    expect(storedSchoolSchema.parse({ ...emptySchool, ville }).ville).toBe(ville);
    expect(schoolSchema.safeParse({ ...emptySchool, ville }).success).toBe(false);
  });

  it('past the former bound, a stored letter is still refused and names the field', () => {
    const result = migrateLetter({ ...makeLetter('n'), title: over(20_000) }, 'letter:n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'letter:n › le titre\u00a0: texte trop long (au plus 20\u202f000\u00a0caractères)',
    ]);
  });
});
