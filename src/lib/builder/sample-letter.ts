import type { LetterType } from '../schemas/letter-type';
import type { Letter } from '../schemas/letter';
import type { School } from '../schemas/school';
import { createLetter } from '../letters/create';

/**
 * The letter a model gives before anyone fills it, for the builder's live preview: the same
 * `createLetter` as the editor (so the same document model and renderer draw it), with ids
 * counted rather than random since it is redrawn on every keystroke.
 */
export function sampleLetter(id: string, model: LetterType, school: School, now: Date): Letter {
  let n = 0;
  return createLetter(id || 'modele', model, school, now, () => `p${++n}`);
}
