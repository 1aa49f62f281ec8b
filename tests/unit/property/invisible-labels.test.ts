import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../src/lib/backup/format';
import { parseBackup } from '../../../src/lib/backup/parse';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { frenchErrorMap } from '../../../src/lib/validation/french-issues';
import { makeLetter } from '../../fixtures/make-letter';

// Found by the export → import property: an import cleans invisible characters after checking
// a letter, so a caption or a label made only of them (a pasted zero-width space) passed the
// schema, became empty on import, and the import failed writing it. The schema now refuses it.

const withCaption = (label: string) => {
  const letter = makeLetter('a');
  const [first, ...rest] = letter.signatures;
  if (!first) throw new Error('the fixture has a signatory');
  return { ...letter, signatures: [{ ...first, label }, ...rest] };
};

const problems = (value: unknown) => {
  const result = letterSchema.safeParse(value, { errorMap: frenchErrorMap });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('labels made only of invisible characters', () => {
  it('refuses a signatory caption of a zero-width space, in French', () => {
    expect(problems(withCaption('\u200b'))).toEqual([
      'texte vide (seulement des caractères invisibles)',
    ]);
  });

  it('refuses a blank label, hint or option made of control characters', () => {
    const letter = makeLetter('a');
    const [field, ...rest] = letter.fields;
    if (!field) throw new Error('the fixture has a field');
    expect(problems({ ...letter, fields: [{ ...field, label: '\u0007' }, ...rest] })).toHaveLength(
      1,
    );
    expect(problems({ ...letter, fields: [{ ...field, hint: '\ufeff' }, ...rest] })).toHaveLength(
      1,
    );
    const choice = { ...field, type: 'choice', options: ['Madame', '\u00ad'] };
    expect(problems({ ...letter, fields: [choice, ...rest] })).toHaveLength(1);
  });

  it('keeps a caption with visible text around an invisible character, cleaned on import', async () => {
    const letter = letterSchema.parse(withCaption('\u200bLe chef d’établissement'));
    const text = serializeBackup([letter], null, new Date('2026-11-22T10:00:00.000Z'));
    const parsed = await parseBackup({ size: text.length, text: async () => text });
    expect(parsed.ok && parsed.backup.letters[0]?.signatures[0]?.label).toBe(
      'Le chef d’établissement',
    );
  });
});
