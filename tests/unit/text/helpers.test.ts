import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/lib/text/plural';
import { slugify } from '../../../src/lib/text/slug';
import { numbered, removedSentence } from '../../../src/lib/text/noun';
import { nouns } from '../../../src/lib/editor/nouns';
import { isRecord } from '../../../src/lib/schemas/is-record';

describe('plural', () => {
  it('agrees with the count, 0 and 1 in the singular, thousands spaced', () => {
    expect(plural(0, 'lettre', 'lettres')).toBe('0 lettre');
    expect(plural(1, 'lettre ajoutée', 'lettres ajoutées')).toBe('1 lettre ajoutée');
    expect(plural(1200, 'lettre', 'lettres')).toBe('1\u202f200 lettres');
  });
});

describe('slugify', () => {
  it('cuts at the length asked, with no hyphen left at the end', () => {
    expect(slugify('Marie Curie', 6)).toBe('marie');
    expect(slugify('« Élève » de 2de')).toBe('eleve-de-2de');
  });

  it('writes in ASCII the Latin letters Unicode does not decompose', () => {
    expect(slugify('Łucja Wałęsa')).toBe('lucja-walesa');
    expect(slugify('Søren Ðorđević')).toBe('soren-dordevic');
    expect(slugify('Œuvre ÆSCHYLE Straße Þór')).toBe('oeuvre-aeschyle-strasse-thor');
  });
});

describe('nouns in button names', () => {
  it('carry their own article', () => {
    expect(numbered(nouns.mission, 3)).toBe('la mission 3');
    expect(numbered(nouns.paragraph, 2)).toBe('le paragraphe 2');
    expect(nouns.copyLine.indefinite).toBe('une ligne de copie');
    expect(removedSentence(nouns.paragraph, 1)).toBe('Paragraphe 1 supprimé');
    expect(removedSentence(nouns.section, 2)).toBe('Section 2 supprimée');
  });
});

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect([{}, [], null, 'a', 1].map(isRecord)).toEqual([true, false, false, false, false]);
  });
});
