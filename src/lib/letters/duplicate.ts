import type { Letter } from '../schemas/letter';
import { moveToNextYear } from './next-year';

/** How to copy a letter. */
export interface DuplicateOptions {
  /** Copy for the next school year: years and dates move on (see `moveToNextYear`). */
  nextYear: boolean;
  /** Stamps `createdAt` and `updatedAt`, and dates a copy for next year. */
  now: Date;
  /** Id of the copy. */
  makeId: () => string;
}

/**
 * A copy of `letter` under a new id, as a new letter (revision 0, stamped now); the title is
 * kept as is, since it is printed on the letter. The ids of sections and items are kept: they
 * only need to be unique within their letter. The copy is a draft with no history of its own (the
 * original's signature does not sign it) and keeps its link to « Mon équipe ». For the next year, `moveToNextYear` moves the
 * school years and dates on and dates the copy today.
 */
export function duplicateLetter(letter: Letter, options: DuplicateOptions): Letter {
  const stamp = options.now.toISOString();
  const copy: Letter = {
    ...structuredClone(letter),
    id: options.makeId(),
    revision: 0,
    createdAt: stamp,
    updatedAt: stamp,
    status: 'brouillon',
    statusHistory: [],
  };
  return options.nextYear ? moveToNextYear(copy, options.now) : copy;
}
