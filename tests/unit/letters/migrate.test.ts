import { describe, expect, it } from 'vitest';
import { migrateLetter } from '../../../src/lib/letters/migrate';
import { letterFixture } from '../../fixtures/make-letter';

describe('a current (version 3) record', () => {
  it('is read as it is, not migrated: its status, history and team link kept', () => {
    const raw = letterFixture('v3');
    expect(migrateLetter(raw)).toEqual({ ok: true, migrated: false, letter: raw });
  });
});

describe('a version 2 record', () => {
  it('becomes version 3: a draft with no history, linked to no one; the rest untouched', () => {
    const raw = letterFixture('v2');
    const result = migrateLetter(raw);
    // Written before the head's civilité existed: it reads as none, so nothing prints otherwise.
    const school = { ...(raw['school'] as object), chefCivilite: '' };
    expect(result).toEqual({
      ok: true,
      migrated: true,
      letter: {
        ...raw,
        school,
        schemaVersion: 3,
        status: 'brouillon',
        statusHistory: [],
        teamPersonId: null,
      },
    });
  });
});

describe('a version 1 record', () => {
  it('becomes version 3: kind, empty objet, roles, signatories with ids; its text untouched', () => {
    const raw = letterFixture('v1');
    const result = migrateLetter(raw);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.migrated).toBe(true);
    const { letter } = result;
    expect(letter).toMatchObject({
      schemaVersion: 3,
      status: 'brouillon',
      id: 'v1-1',
      revision: 3,
      kind: 'lettre-de-mission',
      objet: '',
      values: raw['values'],
      preamble: raw['preamble'],
      sections: raw['sections'],
      copies: raw['copies'],
    });
    expect(letter.fields.map((field) => [field.id, field.role])).toEqual([
      ['prenom', 'prenom'],
      ['nom', 'nom'],
      ['etablissement', undefined],
    ]);
    expect(letter.signatures).toEqual([
      {
        id: 'signataire-1',
        signer: 'head',
        label: 'Le chef d’établissement',
        name: '',
        acknowledgement: false,
        stamp: true,
        delegation: false,
      },
    ]);
  });

  it('turns a typed civilité into the choice, and « L’intéressé(e) » into agreement', () => {
    const raw = letterFixture('v1');
    const fields = raw['fields'] as Record<string, unknown>[];
    const signatures = raw['signatures'] as Record<string, unknown>[];
    const result = migrateLetter({
      ...raw,
      fields: [
        { id: 'civilite', label: 'Civilité', type: 'text', required: false, suggestions: ['M.'] },
        ...fields,
      ],
      values: { ...(raw['values'] as object), civilite: 'Mme' },
      signatures: [
        ...signatures,
        { signer: 'person', label: 'L’intéressé(e)', acknowledgement: true, stamp: false },
      ],
    });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.letter.fields[0]).toEqual({
      id: 'civilite',
      label: 'Civilité',
      type: 'choice',
      required: false,
      role: 'civilite',
      options: ['Madame', 'Monsieur'],
    });
    expect(result.letter.values['civilite']).toBe('Madame');
    expect(result.letter.signatures[1]?.label).toBe('{L’intéressé|L’intéressée}');
  });

  it('says « cahier des charges » when the title does', () => {
    const result = migrateLetter({ ...letterFixture('v1'), title: 'Cahier des charges du MLDS' });
    expect(result.ok && result.letter.kind).toBe('cahier-des-charges');
  });

  it('does not change the object it was given', () => {
    const raw = letterFixture('v1');
    const before = structuredClone(raw);
    migrateLetter(raw);
    expect(raw).toEqual(before);
  });
});

describe('a record written before the format was versioned (version 0)', () => {
  it('becomes the same letter as its version 1 form, at revision 0', () => {
    const raw = letterFixture('v0');
    const result = migrateLetter(raw);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.migrated).toBe(true);
    const viaV1 = migrateLetter({ ...raw, schemaVersion: 1, revision: 0 });
    expect(viaV1.ok && result.letter).toEqual(viaV1.ok && viaV1.letter);
    expect(result.letter).toMatchObject({ schemaVersion: 3, revision: 0, values: raw['values'] });
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
    const result = migrateLetter(letterFixture('future'), 'letter:future-1');
    expect(result).toEqual({
      ok: false,
      problems: [
        'letter:future-1 › la version du format\u00a0: créée par une version plus récente du site (format 4)\u202f; ' +
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
      'letter:broken-1 › le titre\u00a0: attendu un texte, trouvé un nombre',
      'letter:broken-1 › les sections\u00a0: attendu une liste, trouvé un texte',
    ]);
  });

  it.each([null, 'texte', 42, [], undefined])('%j is refused, not thrown', (raw) => {
    expect(migrateLetter(raw).ok).toBe(false);
  });

  it('an unknown key, even __proto__, is refused', () => {
    const raw = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(letterFixture('v2')).slice(1)}`,
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
    if (!result.ok)
      expect(result.problems.join('\n')).toContain('le titre\u00a0: valeur manquante');
  });
});
