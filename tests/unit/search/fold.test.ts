import { describe, expect, test } from 'vitest';
import { markTerms, queryTerms } from '../../../src/lib/search/fold';

describe('queryTerms', () => {
  test('splits on anything but letters and digits, folds, and drops duplicates', () => {
    expect(queryTerms('  Référent, référent « décrochage » 2015-058 ')).toEqual([
      'referent',
      'decrochage',
      '2015',
      '058',
    ]);
  });

  test('finds no term in punctuation alone', () => {
    expect(queryTerms(' « ; » ')).toEqual([]);
  });
});

describe('markTerms', () => {
  test('marks the accented original where the folded term occurs', () => {
    expect(markTerms('Le référent décrochage.', ['decrochage'])).toEqual([
      { text: 'Le référent ', marked: false },
      { text: 'décrochage', marked: true },
      { text: '.', marked: false },
    ]);
  });

  test('marks every occurrence of every term', () => {
    expect(markTerms('Élève, élèves', ['eleve'])).toEqual([
      { text: 'Élève', marked: true },
      { text: ', ', marked: false },
      { text: 'élève', marked: true },
      { text: 's', marked: false },
    ]);
  });

  test('marks a whole ligature when a term ends inside it', () => {
    expect(markTerms('un cœur', ['co'])).toEqual([
      { text: 'un ', marked: false },
      { text: 'cœ', marked: true },
      { text: 'ur', marked: false },
    ]);
  });

  test('keeps decomposed accents with their letter', () => {
    const text = 'de\u0301crochage';
    expect(markTerms(text, ['de'])).toEqual([
      { text: 'de\u0301', marked: true },
      { text: 'crochage', marked: false },
    ]);
  });

  test('returns the text unmarked when no term occurs', () => {
    expect(markTerms('Référent', ['phare'])).toEqual([{ text: 'Référent', marked: false }]);
  });
});
