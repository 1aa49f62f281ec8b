import { describe, expect, test } from 'vitest';
import { searchUserModels } from '../../../src/lib/search/user-models';
import { queryTerms } from '../../../src/lib/search/fold';
import { zephyr } from '../models/fixture';

const guideUrl = (id: string) => `/mes-modeles/guide/?modele=${id}`;
const search = (query: string) => searchUserModels([zephyr()], queryTerms(query), guideUrl);

describe('searchUserModels', () => {
  test('finds a model by a word of its mission items, accents ignored, blanks named', () => {
    expect(search('OUEST')).toEqual([
      {
        url: '/mes-modeles/guide/?modele=zephyr-1',
        title: 'Référent Zéphyr',
        own: true,
        excerpt: [
          { text: '[Nom du référent] veille au vent d’', marked: false },
          { text: 'ouest', marked: true },
          { text: '.', marked: false },
        ],
      },
    ]);
  });

  test('finds a model by its mission without accents, the excerpt keeping them', () => {
    const [hit] = search('zephyr');
    expect(hit?.excerpt).toEqual([
      { text: 'Référent ', marked: false },
      { text: 'Zéphyr', marked: true },
    ]);
  });

  test('needs every word of the query', () => {
    expect(search('zéphyr ouest')).toHaveLength(1);
    expect(search('zéphyr harcèlement')).toEqual([]);
  });

  test('an empty query finds nothing', () => {
    expect(search(' ')).toEqual([]);
  });

  test('lists every matching model in the order given', () => {
    const hits = searchUserModels([zephyr('zephyr-2'), zephyr('zephyr-1')], ['vent'], guideUrl);
    expect(hits.map((hit) => hit.url)).toEqual([guideUrl('zephyr-2'), guideUrl('zephyr-1')]);
  });
});
