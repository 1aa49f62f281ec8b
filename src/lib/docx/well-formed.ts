import type { LetterDocument } from '../document/model';

/**
 * A UTF-16 surrogate without its other half: half of a character, which no font draws and
 * UTF-8 cannot write. Pasted text cut in the middle of an emoji, or an import of a file another
 * program wrote badly, can hold one. Matched code unit by code unit (no `u` flag), on purpose.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without lone surrogates; whole characters, emoji included, kept. */
export const withoutLoneSurrogates = (text: string): string => text.replace(LONE_SURROGATE, '');

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
