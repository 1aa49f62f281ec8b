import { describe, expect, it } from 'vitest';
import { checkUai, normalizeUai, uaiCheckLetter } from '../../../src/lib/validation/uai';

const nbsp = '\u00a0';

describe('the UAI check letter', () => {
  it('is the number modulo 23 in the alphabet without I, O and Q', () => {
    // Lycée Louis-le-Grand and lycée Henri-IV, Paris.
    expect(uaiCheckLetter('0750655')).toBe('E');
    expect(uaiCheckLetter('0750654')).toBe('D');
    expect(uaiCheckLetter('0771234')).toBe('Y');
    expect(uaiCheckLetter('0000000')).toBe('A');
    expect(uaiCheckLetter('0000022')).toBe('Z');
  });

  it('is empty for anything but 7 digits', () => {
    expect(uaiCheckLetter('075065')).toBe('');
    expect(uaiCheckLetter('075065A')).toBe('');
  });
});

describe('checking an UAI', () => {
  it('accepts a consistent UAI, in capitals or not, with stray spaces', () => {
    expect(checkUai('0750655E')).toBeNull();
    expect(checkUai(' 0750655e ')).toBeNull();
    expect(normalizeUai(' 0750 655e')).toBe('0750655E');
  });

  it('leaves an empty value to the « required » rule', () => {
    expect(checkUai('')).toBeNull();
  });

  it('refuses what is not 7 digits and a letter', () => {
    const shape = {
      level: 'error',
      message: 'L’UAI doit comporter 7 chiffres suivis d’une lettre, par exemple 0771234Y.',
    };
    expect(checkUai('075065E')).toEqual(shape);
    expect(checkUai('07506551')).toEqual(shape);
    expect(checkUai('0750655EE')).toEqual(shape);
  });

  it('only warns when the letter does not match: the rule is not an official one', () => {
    expect(checkUai('0750655A')).toEqual({
      level: 'warning',
      message: `La lettre de contrôle attendue est «${nbsp}E${nbsp}»${nbsp}: vérifiez l’UAI.`,
    });
  });
});
