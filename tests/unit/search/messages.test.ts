import { describe, expect, test } from 'vitest';
import { resultsSentence, searchStatus } from '../../../src/lib/search/messages';

describe('resultsSentence', () => {
  test('counts the results, quoting the query with no-break spaces', () => {
    expect(resultsSentence(3, ' décrochage ')).toBe('3 résultats pour «\u00a0décrochage\u00a0»');
    expect(resultsSentence(1, 'pHARe')).toBe('1 résultat pour «\u00a0pHARe\u00a0»');
  });

  test('says when nothing was found', () => {
    expect(resultsSentence(0, 'zèbre')).toBe('Aucun résultat pour «\u00a0zèbre\u00a0»');
  });
});

describe('searchStatus', () => {
  const unread = 'Vos modèles enregistrés dans ce navigateur n’ont pas pu être lus.';
  const unloaded = 'La recherche dans les pages du site n’a pas pu se charger.';

  test('is the count when everything was searched', () => {
    expect(searchStatus(2, 'IMP', [])).toBe('2 résultats pour «\u00a0IMP\u00a0»');
  });

  test('adds what could not be searched after the count', () => {
    expect(searchStatus(1, 'zéphyr', [unloaded])).toBe(
      `1 résultat pour «\u00a0zéphyr\u00a0». ${unloaded}`,
    );
  });

  test('never says « Aucun résultat » when a part could not be searched', () => {
    expect(searchStatus(0, 'IMP', [unread, unloaded])).toBe(`${unread} ${unloaded}`);
  });
});
