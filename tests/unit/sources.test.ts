import { describe, expect, it } from 'vitest';
import { citationKey, uniqueSources } from '../../src/lib/sources/unique-sources';

describe('two citations of the same official text', () => {
  it.each([
    [
      'Décret n° 2015-475 du 27 avril 2015',
      'Décret n°\u00a02015-475 du 27 avril 2015, articles 3 et 5',
    ],
    [
      'Arrêté du 27 avril 2015 (taux de l’indemnité pour mission particulière)',
      'Arrêté du 27 avril 2015 fixant les taux de l’indemnité pour mission particulière',
    ],
    [
      'Circulaire n° 2015-058 du 29 avril 2015 (BO n° 18 du 30 avril 2015)',
      'Circulaire n° 2015-058 du 29 avril 2015, BO n° 18 du 30 avril 2015',
    ],
    [
      'Instruction interministérielle du 21 juillet 2020 relative aux Cordées de la réussite',
      'Instruction interministérielle du 21 juillet 2020',
    ],
  ])('« %s » and « %s » are one text', (a, b) => {
    expect(citationKey(a)).toBe(citationKey(b));
  });

  it.each([
    ['Décret n° 2015-475 du 27 avril 2015', 'Décret n° 2014-940 du 20 août 2014'],
    ['Arrêté du 27 avril 2015', 'Décret n° 2015-475 du 27 avril 2015'],
    ['Circulaire n° 2015-058 du 29 avril 2015', 'Circulaire n° 2013-035 du 29 mars 2013'],
    [
      'Charte des Cordées de la réussite',
      'Référentiel national d’activités et de compétences MLDS (BO n° 29 du 21 juillet 2016)',
    ],
  ])('« %s » and « %s » are two texts', (a, b) => {
    expect(citationKey(a)).not.toBe(citationKey(b));
  });
});

describe('a list of sources', () => {
  it('lists each text once, where it first appears, in its most precise wording', () => {
    const listed = uniqueSources([
      { label: 'Décret n° 2014-940 du 20 août 2014' },
      { label: 'Arrêté du 27 avril 2015 (taux)' },
      { label: 'Décret n° 2015-475 du 27 avril 2015' },
      { label: 'Arrêté du 27 avril 2015 fixant les taux de l’IMP', url: 'https://example.org/a' },
      { label: 'Décret n° 2015-475' },
    ]);
    expect(listed).toEqual([
      { label: 'Décret n° 2014-940 du 20 août 2014' },
      { label: 'Arrêté du 27 avril 2015 fixant les taux de l’IMP', url: 'https://example.org/a' },
      { label: 'Décret n° 2015-475 du 27 avril 2015' },
    ]);
  });
});
