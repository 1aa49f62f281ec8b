import type { DocBlock, LetterDocument } from '../../../src/lib/document/model';
import type { Letter } from '../../../src/lib/schemas/letter';
import { filledLetter } from './fixture';

/** Shared by the toDocument tests: typography characters, leaders and block lookups. */
export const nbsp = '\u00a0';
export const nnbsp = '\u202f';
export const leader = '…'.repeat(10);
export const cell = '…'.repeat(5);

/** The filled letter, with the Rectorat paying 1 IMP and the school half of one. */
export function paidLetter(): Letter {
  const letter = filledLetter();
  const [rectorat, school] = letter.imp?.lines ?? [];
  if (!rectorat || !school) throw new Error('the model has two IMP columns');
  Object.assign(rectorat, { count: 1, taux: 3 });
  Object.assign(school, { count: 0.5, taux: null, provenance: 'dotation établissement' });
  return letter;
}

export const ofKind = <K extends DocBlock['kind']>(doc: LetterDocument, kind: K) =>
  doc.blocks.filter((block): block is Extract<DocBlock, { kind: K }> => block.kind === kind);

export const only = <K extends DocBlock['kind']>(doc: LetterDocument, kind: K) => {
  const [block, ...more] = ofKind(doc, kind);
  if (!block || more.length > 0) throw new Error(`expected one « ${kind} » block`);
  return block;
};

export const texts = (doc: LetterDocument) => JSON.stringify(doc.blocks);
