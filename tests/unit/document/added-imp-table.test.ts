import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import type { DocBlock } from '../../../src/lib/document/model';
import { addImpTable, setImpCount } from '../../../src/lib/letters/commands/imp';
import { letterSchema, type Letter } from '../../../src/lib/schemas/letter';
import { filledLetter, letterModels } from '../support/filled-letters';
import { rates } from './fixture';
import { nbsp, nnbsp } from './doc-helpers';

const missionOf = (slug: string) => letterModels.find((model) => model.slug === slug)?.type.mission;

/** The model's letter, a head having added an IMP table of 1,5 IMP to it. */
function paidWithImp(slug: string): Letter {
  const letter = filledLetter(slug);
  addImpTable(missionOf(slug) ?? '')(letter);
  setImpCount('etablissement', 1.5, rates)(letter);
  return letterSchema.parse(letter);
}

describe('an IMP table on a letter whose model has none', () => {
  for (const slug of ['coordonnateur-rep', 'coordonnateur-mlds-bassin']) {
    it(`prints on the ${slug} letter, before the signatures, as any IMP table`, () => {
      expect(filledLetter(slug).imp).toBeNull();
      const doc = toDocument(paidWithImp(slug), rates);
      const kinds = doc.blocks.map((block) => block.kind);
      expect(kinds.indexOf('table')).toBeGreaterThan(0);
      expect(kinds.indexOf('table')).toBeLessThan(kinds.indexOf('signatures'));
      const table = doc.blocks.find((block) => block.kind === 'table') as Extract<
        DocBlock,
        { kind: 'table' }
      >;
      expect(table.caption).toBe('Indemnité pour mission particulière (IMP)');
      expect(table.columns).toEqual([
        'Mission',
        'Nombre d’IMP',
        'Taux',
        'Montant annuel',
        'Par mois',
      ]);
      expect(table.rows).toEqual([
        [missionOf(slug), '1,5', 'Hors taux usuel', `1${nnbsp}875${nbsp}€`, `208,33${nbsp}€`],
      ]);
    });
  }
});
