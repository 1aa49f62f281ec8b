import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt';

describe('excerptParts', () => {
  test('turns Pagefind’s <mark> into marked parts', () => {
    expect(excerptParts('le référent <mark>décrochage</mark> et la <mark>FoQualE</mark>.')).toEqual(
      [
        { text: 'le référent ', marked: false },
        { text: 'décrochage', marked: true },
        { text: ' et la ', marked: false },
        { text: 'FoQualE', marked: true },
        { text: '.', marked: false },
      ],
    );
  });

  test('gives back the indexed text’s < and > as text, never as markup', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>harcèlement</mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'harcèlement', marked: true },
    ]);
  });

  test('keeps an escaped <mark> written in the page as text', () => {
    expect(excerptParts('&lt;mark&gt;x&lt;/mark&gt; & co')).toEqual([
      { text: '<mark>x</mark> & co', marked: false },
    ]);
  });

  test('joins adjacent matches into one marked part', () => {
    expect(excerptParts('<mark>pHARe</mark><mark>s</mark> fin')).toEqual([
      { text: 'pHARes', marked: true },
      { text: ' fin', marked: false },
    ]);
  });

  test('an empty excerpt has no part', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
