import { describe, expect, test } from 'vitest';
import { resultsSentence } from '../../../src/lib/search/messages';

describe('resultsSentence', () => {
  test('counts the results, quoting the query with no-break spaces', () => {
    expect(resultsSentence(3, ' décrochage ')).toBe('3 résultats pour «\u00a0décrochage\u00a0»');
    expect(resultsSentence(1, 'pHARe')).toBe('1 résultat pour «\u00a0pHARe\u00a0»');
  });

  test('says when nothing was found', () => {
    expect(resultsSentence(0, 'zèbre')).toBe('Aucun résultat pour «\u00a0zèbre\u00a0»');
  });
});
