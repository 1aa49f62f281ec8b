import { describe, expect, it } from 'vitest';
import { goodPeople, parseList } from '../../../src/lib/bulk/parse-list';
import { createButton } from '../../../src/lib/bulk/create-button';
import { LIST_LIMITS } from '../../../src/lib/schemas/limits';
import { rates } from './support';

/** A list of `count` people, one per line, with a header row. */
const list = (count: number) =>
  [
    'Civilité;Nom;Prénom',
    ...Array.from({ length: count }, (_, index) => `Mme;Nom${index};Claire`),
  ].join('\n');

describe('the limits of a list of people (issue 22)', () => {
  it('are 2 Mo and 10 000 rows, in the one table of limits', () => {
    expect(LIST_LIMITS).toEqual({ bytes: 2 * 1024 * 1024, rows: 10_000 });
  });

  it('reads a list of 10 000 people, its header not counted', () => {
    const reading = parseList(list(10_000), rates);
    expect(reading.refused).toBeUndefined();
    expect(goodPeople(reading)).toHaveLength(10_000);
  });

  it('refuses a list of 10 001 people whole, saying the limit and what to do', () => {
    const reading = parseList(list(10_001), rates);
    expect(reading.rows).toEqual([]);
    expect(reading.refused).toBe(
      'La liste n’a pas été lue\u00a0: elle compte 10\u202f001 lignes, une liste en compte ' +
        '10\u202f000 au plus. Coupez-la en plusieurs listes et créez leurs lettres l’une après ' +
        'l’autre (les lettres déjà créées restent dans «\u00a0Mes lettres\u00a0»).',
    );
    expect(createButton(reading, false)).toEqual({
      label: 'Créer les lettres',
      reason:
        'La liste n’a pas été lue (2\u00a0Mo et 10\u202f000 lignes au plus)\u00a0: ' +
        'coupez-la en plusieurs listes.',
    });
  });

  it('refuses a pasted list over 2 Mo before cutting it into rows', () => {
    const text = `Mme;${'A'.repeat(LIST_LIMITS.bytes)};Claire`;
    const reading = parseList(text, rates);
    expect(reading.rows).toEqual([]);
    expect(reading.refused).toBe(
      'La liste n’a pas été lue\u00a0: elle compte 2\u202f097\u202f163 caractères, soit plus de ' +
        '2\u00a0Mo. Coupez-la en plusieurs listes et créez leurs lettres l’une après l’autre ' +
        '(les lettres déjà créées restent dans «\u00a0Mes lettres\u00a0»).',
    );
  });
});
