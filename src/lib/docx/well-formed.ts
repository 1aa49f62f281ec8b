import type { LetterDocument } from '../document/model';
import { withoutLoneSurrogates } from '../text/clean-invisible';

/**
 * The document with every string rid of its lone surrogates. The docx package writes its XML
 * with `TextEncoder`, which turns one into U+FFFD: the file stays valid, but the letter would
 * show « � » where the user saw nothing. Dropping it is what `cleanInvisible` does for the
 * other characters nobody can see. Plain JSON in, plain JSON out (see `model.ts`).
 */
export function wellFormedDocument(doc: LetterDocument): LetterDocument {
  return JSON.parse(JSON.stringify(doc), (_key, value: unknown) =>
    typeof value === 'string' ? withoutLoneSurrogates(value) : value,
  ) as LetterDocument;
}
