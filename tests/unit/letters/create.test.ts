import { describe, expect, it } from 'vitest';
import { createLetter } from '../../../src/lib/letters/create';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { emptySchool, type School } from '../../../src/lib/schemas/school';
import { parseBackup } from '../../../src/lib/backup/parse';
import { serializeBackup } from '../../../src/lib/backup/format';
import { fixtureType, idMaker, makeLetter } from '../../fixtures/make-letter';
import { dataUrlOf, pngBytes } from '../support/images';

const logo = { dataUrl: dataUrlOf(pngBytes()), width: 1, height: 1 };
const school: School = { ...emptySchool, etablissement: 'Collège Jean Moulin', logo };
const now = new Date('2026-11-22T10:00:00.000Z');

describe('a new letter and the school’s logo', () => {
  it('copies the heading but not the logo, and stays a valid letter', () => {
    const letter = createLetter('t', fixtureType, school, now, idMaker('l'));
    expect(letter.school).toEqual({ ...emptySchool, etablissement: 'Collège Jean Moulin' });
    expect('logo' in letter.school).toBe(false);
    expect(letterSchema.safeParse(letter).success).toBe(true);
  });

  it('leaves « Mon établissement » as it was', () => {
    createLetter('t', fixtureType, school, now, idMaker('l'));
    expect(school.logo).toBe(logo);
  });

  it('refuses a stored letter whose heading carries a logo', () => {
    const letter = makeLetter();
    expect(letterSchema.safeParse({ ...letter, school: { ...letter.school, logo } }).success).toBe(
      false,
    );
  });
});

describe('a backup with the logo', () => {
  it('keeps it with the school, once, and never in the letters', async () => {
    const text = serializeBackup([makeLetter('a'), makeLetter('b')], school, now);
    expect(text.split(logo.dataUrl)).toHaveLength(2);
    const parsed = await parseBackup({ size: text.length, text: async () => text });
    expect(parsed.ok && parsed.backup.school).toEqual(school);
  });

  it('is refused when the logo is not a PNG or JPEG image', async () => {
    const hostile = { ...school, logo: { ...logo, dataUrl: 'data:text/html,<script></script>' } };
    const text = serializeBackup([makeLetter('a')], hostile, now);
    const parsed = await parseBackup({ size: text.length, text: async () => text });
    expect(parsed.ok).toBe(false);
  });
});
