import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import type { DocBlock, SignatureBlock } from '../../../src/lib/document/model';
import { filledLetter, rates } from './fixture';

const image = (dataUrl: string) => ({ dataUrl, width: 300, height: 100 });
const signature = image('data:image/png;base64,iVBORw0KGgoSIGN');
const stamp = image('data:image/png;base64,iVBORw0KGgoSTMP');

/** The signature areas of the document, in order. */
function areas(blocks: readonly DocBlock[]): SignatureBlock[] {
  return blocks.flatMap((block) => (block.kind === 'signatures' ? block.blocks : []));
}

describe('« Apposer ma signature et le cachet »', () => {
  it('places the signature and the stamp in the head’s space only, each with its text', () => {
    const letter = filledLetter();
    letter.school = { ...letter.school, chef: 'Nadia Benali', chefCivilite: 'Madame' };
    const [person, head] = areas(
      toDocument(letter, rates, { signing: { signature, stamp } }).blocks,
    );
    expect(person?.signatureImage).toBeUndefined();
    expect(person?.stampImage).toBeUndefined();
    expect(head?.signatureImage).toEqual({
      ...signature,
      alt: 'Signature de Mme\u00a0Nadia Benali',
    });
    expect(head?.stampImage).toEqual({
      ...stamp,
      alt: 'Cachet de l’établissement, Collège Jean Moulin',
    });
  });

  it('types the head’s signature, dated, when she has no image of it', () => {
    const [, head] = areas(
      toDocument(filledLetter(), rates, { signing: { signedOn: '8 décembre 2026' } }).blocks,
    );
    expect(head?.signedLine).toBe('Signé électroniquement le 8 décembre 2026');
    expect(head?.signatureImage).toBeUndefined();
    // With an image, the image signs: no typed line.
    const [, imaged] = areas(
      toDocument(filledLetter(), rates, { signing: { signature, signedOn: '8 décembre 2026' } })
        .blocks,
    );
    expect(imaged?.signedLine).toBeUndefined();
  });

  it('places nothing unless asked: the head signs by hand', () => {
    const blocks = areas(toDocument(filledLetter(), rates).blocks);
    expect(blocks.some((block) => block.signatureImage || block.stampImage)).toBe(false);
  });

  it('gives the stamp a frame when the head’s space has none', () => {
    const letter = filledLetter();
    letter.signatures = letter.signatures.map((s) =>
      s.signer === 'head' ? { ...s, stamp: false } : s,
    );
    const [, head] = areas(toDocument(letter, rates, { signing: { stamp } }).blocks);
    expect(head?.stamp).toBe('Cachet de l’établissement');
    expect(head?.stampImage?.dataUrl).toBe(stamp.dataUrl);
    expect(head?.signatureImage).toBeUndefined();
  });
});

describe('« Vu et pris connaissance » returned by the person', () => {
  const seen = 'Vu et pris connaissance le 12 mai 2027, Aïcha N’Diaye';

  it('is printed in the person’s space, instead of the line to date by hand', () => {
    const letter = filledLetter();
    letter.status = 'vue';
    letter.statusHistory = [
      { status: 'remise', at: '2027-05-10T08:00:00.000Z', reason: 'Lien envoyé' },
      { status: 'vue', at: '2027-05-12T09:00:00.000Z', reason: seen },
    ];
    const [person, head] = areas(toDocument(letter, rates).blocks);
    expect(person?.lines).toEqual([seen]);
    expect(head?.lines).toEqual([]);
  });

  it('is not printed once the letter was edited since (back « À revoir »)', () => {
    const letter = filledLetter();
    letter.status = 'a-revoir';
    letter.statusHistory = [
      { status: 'vue', at: '2027-05-12T09:00:00.000Z', reason: seen },
      { status: 'a-revoir', at: '2027-05-13T09:00:00.000Z', reason: 'Modifiée après signature' },
    ];
    const [person] = areas(toDocument(letter, rates).blocks);
    expect(person?.lines[0]).toMatch(/^Vu et pris connaissance, le …/);
  });
});
