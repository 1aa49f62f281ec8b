import { describe, expect, it } from 'vitest';
import { migrateLetter } from '../../../src/lib/letters/migrate';
import { letterFixture } from '../../fixtures/make-letter';

describe('a current (version 1) record', () => {
  it('is read as it is, not migrated', () => {
    const result = migrateLetter(letterFixture('v1'));
    expect(result).toMatchObject({
      ok: true,
      migrated: false,
      letter: { id: 'v1-1', revision: 3 },
    });
  });
});

describe('a record written before the format was versioned (version 0)', () => {
  it('becomes a version 1 letter at revision 0, its content untouched', () => {
    const raw = letterFixture('v0');
    const result = migrateLetter(raw);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.migrated).toBe(true);
    expect(result.letter).toEqual({ ...raw, schemaVersion: 1, revision: 0 });
  });

  it('does not change the object it was given', () => {
    const raw = letterFixture('v0');
    const before = structuredClone(raw);
    migrateLetter(raw);
    expect(raw).toEqual(before);
  });
});

describe('a record from a newer version of the site', () => {
  it('is refused with a message saying so', () => {
    const result = migrateLetter(letterFixture('v2'), 'letter:v2-1');
    expect(result).toEqual({
      ok: false,
      problems: [
        'letter:v2-1 › schemaVersion\u00a0: créée par une version plus récente du site (format 2)\u202f; ' +
          'rechargez la page pour utiliser la dernière version.',
      ],
    });
  });
});

describe('a broken record', () => {
  it('is refused with one readable French line per problem', () => {
    const result = migrateLetter(letterFixture('broken'), 'letter:broken-1');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'letter:broken-1 › title\u00a0: attendu un texte, trouvé un nombre',
      'letter:broken-1 › sections\u00a0: attendu une liste, trouvé un texte',
    ]);
  });

  it.each([null, 'texte', 42, [], undefined])('%j is refused, not thrown', (raw) => {
    expect(migrateLetter(raw).ok).toBe(false);
  });

  it('an unknown key, even __proto__, is refused', () => {
    const raw = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(letterFixture('v1')).slice(1)}`,
    );
    const result = migrateLetter(raw);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.join()).toContain('clé inconnue\u00a0: «\u00a0__proto__\u00a0»');
  });

  it('a version 0 record cannot get a missing field from a __proto__ key', () => {
    // Copied by assignment, `__proto__` would become the copy's prototype: the missing title
    // would then be inherited and the letter accepted with a title nobody wrote.
    const { title: _title, ...untitled } = letterFixture('v0');
    const raw = JSON.parse(
      `{"__proto__": {"title": "Piégé"}, ${JSON.stringify(untitled).slice(1)}`,
    );
    const result = migrateLetter(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain('title');
  });
});
