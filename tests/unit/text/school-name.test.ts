import { describe, expect, it } from 'vitest';
import { schoolIn } from '../../../src/lib/text/school-name';

describe('a school’s name after a preposition', () => {
  it('takes the article of its kind, in lower case', () => {
    expect(schoolIn('Collège Pablo-Neruda', 'de')).toBe('du collège Pablo-Neruda');
    expect(schoolIn('Collège Pablo-Neruda', 'à')).toBe('au collège Pablo-Neruda');
    expect(schoolIn('Collège Pablo-Neruda', 'le')).toBe('le collège Pablo-Neruda');
    expect(schoolIn('Lycée professionnel Jean-Jaurès', 'de')).toBe(
      'du lycée professionnel Jean-Jaurès',
    );
    expect(schoolIn('Cité scolaire Jean-Jaurès', 'de')).toBe('de la cité scolaire Jean-Jaurès');
    expect(schoolIn('Cité scolaire Jean-Jaurès', 'à')).toBe('à la cité scolaire Jean-Jaurès');
  });

  it('elides before a vowel and keeps an acronym’s capitals', () => {
    expect(schoolIn('EREA Toulouse-Lautrec', 'de')).toBe('de l’EREA Toulouse-Lautrec');
    expect(schoolIn('EREA Toulouse-Lautrec', 'à')).toBe('à l’EREA Toulouse-Lautrec');
    expect(schoolIn('LP Hélène-Boucher', 'de')).toBe('du LP Hélène-Boucher');
  });

  it('does not double an article the user typed', () => {
    expect(schoolIn('Le collège Victor-Hugo', 'de')).toBe('du collège Victor-Hugo');
  });

  it('names an établissement when the name does not say its kind; empty stays empty', () => {
    expect(schoolIn('Jean-Moulin', 'de')).toBe('de l’établissement Jean-Moulin');
    expect(schoolIn('  ', 'de')).toBe('');
  });
});
