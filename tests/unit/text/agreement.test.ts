import { describe, expect, it } from 'vitest';
import {
  agreementForms,
  genderOf,
  resolveAgreement,
  stripAgreement,
} from '../../../src/lib/text/agreement';

describe('the civilité', () => {
  it('gives the gender, whatever way it was written', () => {
    expect(genderOf('Madame')).toBe('feminine');
    expect(genderOf(' mme ')).toBe('feminine');
    expect(genderOf('Monsieur')).toBe('masculine');
    expect(genderOf('M.')).toBe('masculine');
    expect(genderOf('')).toBeNull();
    expect(genderOf('Docteur')).toBeNull();
    expect(genderOf(undefined)).toBeNull();
  });
});

describe('agreement groups', () => {
  const text =
    '{Il|Elle} est {coordonnateur|coordonnatrice}, {affecté|affectée} ; {l’intéressé|l’intéressée}.';

  it('take the feminine form for Madame, the masculine for Monsieur', () => {
    expect(resolveAgreement(text, 'feminine')).toBe(
      'Elle est coordonnatrice, affectée ; l’intéressée.',
    );
    expect(resolveAgreement(text, 'masculine')).toBe(
      'Il est coordonnateur, affecté ; l’intéressé.',
    );
  });

  it('print both forms joined by « ou » while the civilité is not chosen', () => {
    expect(resolveAgreement(text, null)).toBe(
      'Il ou elle est coordonnateur ou coordonnatrice, affecté ou affectée ; l’intéressé ou l’intéressée.',
    );
    expect(resolveAgreement(text, null)).not.toMatch(/\(e\)|·/);
  });

  it('leave blanks, lone braces and other text alone', () => {
    const other = '{prenom} {nom} écrit « {exemple} » et {a|}.';
    expect(resolveAgreement(other, 'feminine')).toBe(other);
    expect(agreementForms(other)).toEqual([]);
  });

  it('are listed, and can be set aside to compare wording', () => {
    expect(agreementForms('{il|elle} et {le|la}')).toEqual([
      ['il', 'elle'],
      ['le', 'la'],
    ]);
    expect(stripAgreement('{il|elle} doit', '_')).toBe('_ doit');
  });
});
