import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { InvalidLetterError } from '../../../src/lib/letters/errors';
import { InvalidSchoolError } from '../../../src/lib/school/errors';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { emptySchool } from '../../../src/lib/schemas/school';
import { migrateLetter } from '../../../src/lib/letters/migrate';
import { frenchErrorMap } from '../../../src/lib/validation/french-issues';
import { fieldIssues } from '../../../src/lib/validation/issues';
import { backupPlace, letterPlace, schoolPlace } from '../../../src/lib/schemas/field-path';
import type { Letter } from '../../../src/lib/schemas/letter';
import { makeLetter } from '../../fixtures/make-letter';

const repo = () => new LetterRepository(new MemoryStore());

/** The problems `save` refuses `letter` with, as « where : what ». */
async function refusal(letter: Letter): Promise<string[]> {
  const error = await repo()
    .save(letter, 0)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidLetterError);
  return (error as InvalidLetterError).problems;
}

describe('a letter refused for a text over its limit names the field, in French', () => {
  it('a mission of a section', async () => {
    const letter = makeLetter('n');
    const block = letter.sections[0]?.blocks[0];
    const item = block?.type === 'list' ? block.items[1] : undefined;
    if (!item) throw new Error('the fixture’s first block is a list of two items');
    item.text = 'x'.repeat(10_001);
    expect(await refusal(letter)).toEqual([
      'la mission 2 de la section 1\u00a0: texte trop long (au plus 10\u202f000\u00a0caractères)',
    ]);
  });

  it('a blank, by its label', async () => {
    const letter = makeLetter('n', { values: { nom: 'x'.repeat(301) } });
    expect(await refusal(letter)).toEqual([
      'le champ «\u00a0Nom\u00a0»\u00a0: texte trop long (au plus 300\u00a0caractères)',
    ]);
  });

  it('a part of the heading, by its label', async () => {
    const letter = makeLetter('n');
    letter.school.ville = 'x'.repeat(101);
    expect(await refusal(letter)).toEqual([
      'le champ «\u00a0Ville\u00a0» de l’en-tête\u00a0: texte trop long (au plus 100\u00a0caractères)',
    ]);
  });

  it('the title, the IMP table, a signature and a copy line', async () => {
    const long = 'x'.repeat(20_001);
    const letter: Letter = { ...makeLetter('n'), title: long, copies: [{ id: 'c', text: long }] };
    const [line] = letter.imp?.lines ?? [];
    const [signatory] = letter.signatures;
    if (!line || !signatory) throw new Error('the fixture has an IMP line and a signatory');
    line.mission = long;
    signatory.name = 'x'.repeat(301);
    const problems = (await refusal(letter)).join('\n');
    expect(problems).toContain('le titre\u00a0: texte trop long');
    expect(problems).toContain(
      'la mission de la ligne 1 du tableau des IMP\u00a0: texte trop long',
    );
    expect(problems).toContain('le nom de la signature 1\u00a0: texte trop long');
    expect(problems).toContain('la ligne «\u00a0Copie\u00a0» 1\u00a0: texte trop long');
  });

  it('a record set aside names the record and the field', () => {
    const raw = { ...makeLetter('n'), objet: 'x'.repeat(20_001) };
    const result = migrateLetter(raw, 'letter:n-1');
    expect(result.ok || result.problems).toEqual([
      'letter:n-1 › l’objet\u00a0: texte trop long (au plus 20\u202f000\u00a0caractères)',
    ]);
  });
});

describe('« Mon établissement » refused names the field by its label', () => {
  it('throws with the label of the field too long', async () => {
    const school = { ...emptySchool, etablissement: 'x'.repeat(101) };
    const error = await repo()
      .school.save(school, 0)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidSchoolError);
    expect((error as InvalidSchoolError).problems).toEqual([
      'le champ «\u00a0Nom de l’établissement\u00a0»\u00a0: texte trop long (au plus 100\u00a0caractères)',
    ]);
  });
});

describe('paths in words', () => {
  it('a paragraph of a section, the preamble, an unknown key', () => {
    expect(letterPlace(['sections', 2, 'blocks', 0, 'text'])).toBe(
      'le paragraphe 1 de la section 3',
    );
    expect(letterPlace(['sections', 2, 'title'])).toBe('le titre de la section 3');
    expect(letterPlace(['preamble', 0, 'text'])).toBe('le paragraphe 1 du préambule');
    expect(letterPlace(['imp', 'lines', 0, 'count'])).toBe(
      'le nombre d’IMP de la ligne 1 du tableau des IMP',
    );
    expect(letterPlace(['surprise', 1])).toBe('le champ «\u00a0surprise[1]\u00a0»');
  });

  it('a backup’s letter and school', () => {
    expect(backupPlace(['letters', 1, 'title'])).toBe('le titre (lettre 2)');
    expect(backupPlace(['school', 'uai'])).toBe(
      'le champ «\u00a0UAI (code de l’établissement)\u00a0» de «\u00a0Mon établissement\u00a0»',
    );
    expect(schoolPlace(['logo'])).toBe('le logo');
  });
});

describe('every zod issue code the schemas can raise reads in French', () => {
  const cases: [string, z.ZodTypeAny, unknown, string][] = [
    ['too_big string', z.string().max(3), 'abcd', 'texte trop long (au plus 3\u00a0caractères)'],
    ['too_small string', z.string().min(1), '', 'texte vide'],
    [
      'too_big array',
      z.array(z.number()).max(1),
      [1, 2],
      'liste trop longue (au plus 1\u00a0élément)',
    ],
    [
      'too_small array',
      z.array(z.number()).min(2),
      [1],
      'liste trop courte (au moins 2\u00a0éléments)',
    ],
    ['too_big number', z.number().max(20), 21, 'nombre trop grand (au plus 20)'],
    ['too_small number', z.number().min(1), 0, 'nombre trop petit (au moins 1)'],
    ['invalid_type', z.string(), 3, 'attendu un texte, trouvé un nombre'],
    ['missing', z.object({ a: z.string() }), {}, 'valeur manquante'],
    [
      'invalid_enum_value',
      z.enum(['a', 'b']),
      'c',
      'valeur inconnue «\u00a0c\u00a0», attendu l’une de\u00a0: a, b',
    ],
    ['invalid_literal', z.literal(2), 3, 'valeur attendue\u00a0: «\u00a02\u00a0»'],
    ['unrecognized_keys', z.object({}).strict(), { x: 1 }, 'clé inconnue\u00a0: «\u00a0x\u00a0»'],
    ['regex', z.string().regex(/^a$/), 'b', 'format invalide'],
    ['datetime', z.string().datetime(), 'hier', 'date ISO attendue'],
    ['email', z.string().email(), 'moi', 'adresse électronique invalide'],
    ['multipleOf', z.number().multipleOf(0.25), 0.3, 'multiple de 0,25 attendu'],
    ['int', z.number().int(), 1.5, 'attendu un nombre entier, trouvé un nombre'],
    [
      'union',
      z.union([z.string(), z.number()]),
      true,
      'valeur invalide (aucune des formes attendues)',
    ],
    ['custom', z.string().refine(() => false), 'x', 'valeur invalide'],
  ];
  it.each(cases)('%s', (_name, schema, value, message) => {
    const result = schema.safeParse(value, { errorMap: frenchErrorMap });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = fieldIssues(result.error, () => 'ici');
    expect(issues[0]?.message).toBe(message);
    for (const issue of issues) expect(issue.message).not.toMatch(/Invalid|Expected|Required/);
  });
});
