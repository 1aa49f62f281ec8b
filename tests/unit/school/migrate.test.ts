import { describe, expect, it } from 'vitest';
import { badImageProblems, readSchoolRecord } from '../../../src/lib/school/migrate';
import { emptySchool, SCHOOL_SCHEMA_VERSION } from '../../../src/lib/schemas/school';

const school = { ...emptySchool, etablissement: 'Collège Jean Moulin', uai: '0771234Y' };

describe('reading a stored « Mon établissement »', () => {
  it('reads a record saved before revisions as revision 0, to be written back', () => {
    expect(readSchoolRecord(school)).toEqual({
      ok: true,
      record: { ...school, schemaVersion: SCHOOL_SCHEMA_VERSION, revision: 0 },
      migrated: true,
    });
  });

  it('fills the fields an older record lacks with empty text', () => {
    const reading = readSchoolRecord({ etablissement: 'Lycée Marie Curie' });
    expect(reading.ok && reading.record).toEqual({
      ...emptySchool,
      etablissement: 'Lycée Marie Curie',
      schemaVersion: 1,
      revision: 0,
    });
  });

  it('reads a current record as it is', () => {
    const record = {
      ...school,
      schemaVersion: 1,
      revision: 7,
      updatedAt: '2026-11-23T08:30:00.000Z',
    };
    expect(readSchoolRecord(record)).toEqual({ ok: true, record, migrated: false });
  });

  it('refuses a record from a newer version, saying to reload', () => {
    const reading = readSchoolRecord({ ...school, schemaVersion: 2, revision: 1, couleur: 'b' });
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problems).toEqual([
      '«\u00a0Mon établissement\u00a0» › la version du format\u00a0: créé par une version plus ' +
        'récente du site (format 2)\u202f; rechargez la page pour utiliser la dernière version.',
    ]);
  });

  it('refuses unknown keys instead of dropping them', () => {
    const reading = readSchoolRecord({ ...school, couleur: 'bleu' });
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problems.join(' ')).toContain('couleur');
  });

  it('refuses a string and a forged revision, naming what is wrong', () => {
    const string = readSchoolRecord('Collège Jean Moulin');
    expect(!string.ok && string.problems[0]).toMatch(
      /^«\u00a0Mon établissement\u00a0» › l’enregistrement\u00a0: /,
    );
    const forged = readSchoolRecord({ ...school, schemaVersion: 1, revision: 2 ** 53 });
    expect(!forged.ok && forged.problems[0]).toContain('la révision');
  });

  it('reads the rest of a record whose logo is an SVG, leaving the logo out', () => {
    const logo = { dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+', width: 10, height: 10 };
    expect(readSchoolRecord({ ...school, logo })).toEqual({
      ok: true,
      record: { ...school, schemaVersion: 1, revision: 0 },
      migrated: false,
    });
    expect(badImageProblems({ ...school, logo })).toEqual({
      logo: [
        '«\u00a0Mon établissement\u00a0» › l’image du logo\u00a0: image invalide (PNG ou JPEG attendue)',
      ],
    });
    expect(badImageProblems({ ...school, logo: { ...logo, width: 0 } })?.logo?.join(' ')).toContain(
      'la largeur du logo',
    );
  });

  it('leaves out a damaged signature or stamp alone, each named', () => {
    const svg = { dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+', width: 10, height: 10 };
    expect(readSchoolRecord({ ...school, signature: svg, stamp: svg })).toEqual({
      ok: true,
      record: { ...school, schemaVersion: 1, revision: 0 },
      migrated: false,
    });
    expect(badImageProblems({ ...school, signature: svg, stamp: svg })).toEqual({
      signature: [
        '«\u00a0Mon établissement\u00a0» › l’image de la signature\u00a0: image invalide (PNG ou JPEG attendue)',
      ],
      stamp: [
        '«\u00a0Mon établissement\u00a0» › l’image du cachet\u00a0: image invalide (PNG ou JPEG attendue)',
      ],
    });
  });
});
