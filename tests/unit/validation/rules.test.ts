import { describe, expect, it } from 'vitest';
import { checkIsoDate } from '../../../src/lib/validation/date';
import { checkEmail } from '../../../src/lib/validation/email';
import { checkImpCount, parseImpCount } from '../../../src/lib/validation/imp-count';
import { checkSchoolYear } from '../../../src/lib/validation/school-year';

const nbsp = '\u00a0';
const nnbsp = '\u202f';

describe('school year', () => {
  it('accepts two consecutive years', () => {
    expect(checkSchoolYear('2025-2026')).toBeNull();
    expect(checkSchoolYear(' 2025-2026 ')).toBeNull();
  });

  it('explains the shape', () => {
    const message = 'L’année scolaire s’écrit AAAA-AAAA, par exemple 2025-2026.';
    expect(checkSchoolYear('2025')).toBe(message);
    expect(checkSchoolYear('2025/2026')).toBe(message);
    expect(checkSchoolYear('25-26')).toBe(message);
  });

  it('wants the second year to follow the first', () => {
    expect(checkSchoolYear('2025-2025')).toBe(
      'Les deux années doivent se suivre, par exemple 2025-2026.',
    );
  });
});

describe('date', () => {
  it('accepts a real yyyy-mm-dd date', () => {
    expect(checkIsoDate('2026-11-22')).toBeNull();
  });

  it('refuses an impossible or partial date', () => {
    const message = `La date n’est pas valide${nbsp}: indiquez le jour, le mois et l’année.`;
    expect(checkIsoDate('2026-02-30')).toBe(message);
    expect(checkIsoDate('2026-11')).toBe(message);
  });
});

describe('e-mail', () => {
  it('accepts one address or a list of them', () => {
    expect(checkEmail('ce.77mlds@ac-creteil.fr')).toBeNull();
    expect(
      checkEmail('ce.77mlds@ac-creteil.fr, ce.93mlds@ac-creteil.fr ; ce.94mlds@ac-creteil.fr'),
    ).toBeNull();
  });

  it('names the address that looks wrong', () => {
    expect(checkEmail('ce.77mlds@ac-creteil.fr, ce.93mlds-ac-creteil.fr')).toBe(
      `«${nbsp}ce.93mlds-ac-creteil.fr${nbsp}» n’est pas une adresse électronique valide (exemple${nbsp}: prenom.nom@ac-creteil.fr).`,
    );
    expect(checkEmail('nom@domaine')).not.toBeNull();
  });
});

describe('number of IMP', () => {
  it('reads a decimal comma or point', () => {
    expect(parseImpCount('0,5')).toBe(0.5);
    expect(parseImpCount(' 1.25 ')).toBe(1.25);
    expect(parseImpCount('un')).toBeNull();
  });

  it('accepts zero and quarters', () => {
    for (const value of ['0', '0,25', '0,5', '0,75', '1', '2,5', '20']) {
      expect(checkImpCount(value), value).toBeNull();
    }
  });

  it('refuses what is not a number, a negative number, other fractions and too many', () => {
    expect(checkImpCount('une')).toBe('Indiquez un nombre, par exemple 1 ou 0,5.');
    expect(checkImpCount('-1')).toBe('Le nombre d’IMP ne peut pas être négatif.');
    expect(checkImpCount('0,3')).toBe(
      `Le nombre d’IMP va par quarts${nbsp}: 0,25${nnbsp}; 0,5${nnbsp}; 0,75${nnbsp}; 1${nnbsp}; 1,25…`,
    );
    expect(checkImpCount('20,25')).toBe('Le nombre d’IMP ne peut pas dépasser 20.');
  });
});
