import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import type { DocBlock, LetterDocument } from '../../../src/lib/document/model';
import { blockTexts } from '../../../src/lib/pdf/coverage';
import { filledLetter } from '../support/filled-letters';
import { rates } from './fixture';

/**
 * The head's civilité (« Mon établissement », copied into the letter's heading) names them in a
 * sentence as a French letter does, « sous la responsabilité directe de Mme Nadia Benali »,
 * while the signature keeps the name alone under the title, as one signs.
 */

const printed = (doc: LetterDocument) => doc.blocks.flatMap(blockTexts).join('\n');
const headArea = (doc: LetterDocument) =>
  doc.blocks
    .flatMap((block: DocBlock) => (block.kind === 'signatures' ? block.blocks : []))
    .find((area) => /^L[ae] principale?\b/.test(area.caption));

/** The MLDS référent's letter, whose text names the head: « sous la responsabilité directe de ». */
function decrochage(civilite: string, chef = 'Nadia Benali', titre = 'Principale') {
  const letter = filledLetter('referent-decrochage-scolaire');
  Object.assign(letter.school, { chefCivilite: civilite, chef, chefTitre: titre });
  return toDocument(letter, rates);
}

describe('the head named in the letter’s text', () => {
  it('reads « Mme Nadia Benali » when « Mon établissement » says Madame', () => {
    const doc = decrochage('Madame');
    expect(printed(doc)).toContain(
      'sous la responsabilité directe de Mme\u00a0Nadia Benali, principale du collège Pablo-Neruda',
    );
  });

  it('reads « M. Paul Roux » when it says Monsieur', () => {
    const doc = decrochage('Monsieur', 'Paul Roux', 'Principal');
    expect(printed(doc)).toContain(
      'sous la responsabilité directe de M.\u00a0Paul Roux, principal du collège Pablo-Neruda',
    );
  });

  it('reads the name alone while no civilité is chosen, as letters made before it did', () => {
    const doc = decrochage('');
    expect(printed(doc)).toContain('sous la responsabilité directe de Nadia Benali, principale');
    expect(printed(doc)).not.toMatch(/(Mme|M\.)\s+Nadia/u);
  });

  it('does not double a civilité typed in the name', () => {
    const doc = decrochage('Madame', 'Mme Nadia Benali');
    expect(printed(doc)).toContain('de Mme Nadia Benali, principale');
    expect(printed(doc)).not.toContain('Mme\u00a0Mme');
  });
});

describe('the head’s signature', () => {
  it('keeps the name alone under the title, as a letter is signed', () => {
    for (const civilite of ['Madame', '']) {
      const area = headArea(decrochage(civilite));
      expect(area?.caption).toBe('La principale du collège Pablo-Neruda');
      expect(area?.name).toBe('Nadia Benali');
    }
  });
});
