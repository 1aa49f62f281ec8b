import type { LetterDocument } from '../document/model';

/**
 * Characters a DOCX cannot hold. XML 1.0 forbids the C0 controls but tab, line feed and carriage
 * return, and U+FFFE and U+FFFF: one of them makes the whole file unreadable (LibreOffice and
 * Word refuse it). The other non-characters (U+FDD0 to U+FDEF, and the last two code points of
 * every plane) are allowed by XML but are not text: no font draws them, so the PDF refuses them
 * too. Lone surrogates are not listed: `well-formed.ts` drops them, as the form does.
 */
const FORBIDDEN_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008], // C0 controls before the tab
  [0x000b, 0x000c], // vertical tab, form feed
  [0x000e, 0x001f], // C0 controls after the carriage return
  [0xfdd0, 0xfdef], // the block of non-characters
  // U+FFFE and U+FFFF, then the last two code points of planes 1 to 16
  ...Array.from(
    { length: 17 },
    (_, plane) => [plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff] as const,
  ),
];

/** Built from code points: the characters themselves are invisible in source. */
const FORBIDDEN = new RegExp(
  `[${FORBIDDEN_RANGES.map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`).join('')}]`,
  'gu',
);

/** Every string of a plain JSON-like value (the document is one, see `model.ts`). */
function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, found);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) strings(item, found);
  return found;
}

/**
 * The distinct characters of the document a DOCX cannot hold (see `FORBIDDEN`), in order of
 * first appearance, from every text it writes: blocks, metadata (title, author), captions.
 */
export function forbiddenCharacters(doc: LetterDocument): string[] {
  const found = new Set<string>();
  for (const text of strings(doc)) for (const [char] of text.matchAll(FORBIDDEN)) found.add(char);
  return [...found];
}

/**
 * Thrown by `exportDocx` rather than write a file Word cannot open, when a caller did not check
 * `forbiddenCharacters` first. Told apart by name: the exporter is loaded in its own chunk.
 */
export class ForbiddenCharactersError extends Error {
  constructor(readonly characters: readonly string[]) {
    super('Le document contient des caractères qu’un fichier Word ne peut pas contenir.');
    this.name = 'ForbiddenCharactersError';
  }
}
