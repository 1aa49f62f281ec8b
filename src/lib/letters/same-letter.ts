import type { Letter } from '../schemas/letter';
import { sameContent } from '../persistence/same-content';

/**
 * Whether two versions of a letter hold the same thing, whatever their revision and save time:
 * a journalled change already written, or a « conflict » with a version that is this page's own
 * write (the page closed as the write ended).
 */
export function sameLetter(a: Letter, b: Letter): boolean {
  const plain = ({ revision: _revision, updatedAt: _updatedAt, ...rest }: Letter) => rest;
  return sameContent(plain(a), plain(b));
}
