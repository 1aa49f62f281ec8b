import { describe, expect, it } from 'vitest';
import {
  GENERIC_TITLE,
  capitalise,
  headTitles,
  titleAfterDe,
  titleGender,
  titleNoun,
  titleWithArticle,
} from '../../../src/lib/text/head-title';

describe('the head’s title in a sentence', () => {
  it('takes its article and agrees', () => {
    expect(titleWithArticle('Principale')).toBe('la principale');
    expect(titleWithArticle('Proviseur')).toBe('le proviseur');
    expect(titleWithArticle('Directrice adjointe')).toBe('la directrice adjointe');
    expect(titleAfterDe('Principal')).toBe('du principal');
    expect(titleAfterDe('Proviseure adjointe')).toBe('de la proviseure adjointe');
  });

  it('reads « chef d’établissement » when unset or unknown, never « chef·fe »', () => {
    expect(titleWithArticle('')).toBe(`le ${GENERIC_TITLE}`);
    expect(titleAfterDe('Gestionnaire')).toBe(`du ${GENERIC_TITLE}`);
    expect(titleNoun('  ')).toBe(GENERIC_TITLE);
  });

  it('knows the gender of every title offered', () => {
    for (const title of headTitles) expect(titleGender(title)).not.toBeNull();
    expect(headTitles.filter((title) => titleGender(title) === 'feminine')).toHaveLength(6);
  });

  it('starts a caption with a capital', () => {
    expect(capitalise(titleWithArticle('Principale'))).toBe('La principale');
  });
});
