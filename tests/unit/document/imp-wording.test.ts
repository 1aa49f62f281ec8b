import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import type { LetterDocument } from '../../../src/lib/document/model';
import type { Letter } from '../../../src/lib/schemas/letter';
import { blockTexts } from '../../../src/lib/pdf/coverage';
import { filledLetter } from '../support/filled-letters';
import { rates } from './fixture';
import { nbsp, nnbsp, paidLetter } from './doc-helpers';

/** Everything the letter prints, as one text (as the head reads it before she signs). */
const printed = (doc: LetterDocument) => doc.blocks.flatMap(blockTexts).join('\n');

/** The décrochage letter (« … {impNombre} IMP au taux de {impMontant}. ») with these lines. */
function decrochage(...lines: { count: number | null; taux: number | null }[]): Letter {
  const letter = filledLetter('referent-decrochage-scolaire');
  const [model] = letter.imp?.lines ?? [];
  if (!letter.imp || !model) throw new Error('the décrochage letter has one IMP line');
  letter.imp.lines = lines.map((numbers, i) => ({
    ...model,
    id: i === 0 ? model.id : `l${i}`,
    ...numbers,
  }));
  return letter;
}

const sentence = 'Elle bénéficie d’une indemnité pour mission particulière';

describe('the letter’s sentence on the IMP says what is true', () => {
  it('names no amount a taux when no taux pays the number (1,5 IMP)', () => {
    const text = printed(toDocument(decrochage({ count: 1.5, taux: null }), rates));
    expect(text).toContain(
      `${sentence}${nbsp}: 1,5 IMP (hors taux usuel), soit 1${nnbsp}875${nbsp}€ par an.`,
    );
    expect(text).not.toContain('au taux de');
  });

  it('keeps the seed’s « au taux de » for a number a taux pays (1 IMP, taux 3)', () => {
    expect(printed(toDocument(decrochage({ count: 1, taux: 3 }), rates))).toContain(
      `${sentence}${nbsp}: 1 IMP au taux de 1${nnbsp}250${nbsp}€.`,
    );
  });

  it('states the total of several lines as an amount, not as a taux', () => {
    const text = printed(
      toDocument(decrochage({ count: 1, taux: 3 }, { count: 0.5, taux: 2 }), rates),
    );
    expect(text).toContain(`${sentence}${nbsp}: 1,5 IMP, soit 1${nnbsp}875${nbsp}€ par an.`);
    expect(text).not.toContain('hors taux usuel), soit');
  });

  it('follows the number of a line whose stored taux contradicts it (old data)', () => {
    expect(printed(toDocument(decrochage({ count: 1.5, taux: 2 }), rates))).toContain(
      `1,5 IMP (hors taux usuel), soit 1${nnbsp}875${nbsp}€ par an.`,
    );
  });

  it('leaves the sentence to fill by hand while no line is set', () => {
    expect(printed(toDocument(decrochage({ count: null, taux: null }), rates))).toContain(
      `${sentence}${nbsp}: ${'…'.repeat(10)} IMP au taux de ${'…'.repeat(10)}.`,
    );
  });

  it('holds for the text of any letter, as its model or the head wrote it', () => {
    const letter = paidLetter();
    const [rectorat] = letter.imp?.lines ?? [];
    if (!letter.imp || !rectorat) throw new Error('the fixture has IMP lines');
    letter.imp.lines = [{ ...rectorat, count: 2.5, taux: null }];
    expect(printed(toDocument(letter, rates))).toContain(
      `Elle bénéficie de 2,5 IMP (hors taux usuel), soit 3${nnbsp}125${nbsp}€ par an.`,
    );
  });
});
