/**
 * Characters a word processor or a web page leaves in pasted text that nobody meant to type and
 * no font draws: they would make the PDF export refuse a letter for a character the user cannot
 * see, or print as a stray hyphen (soft hyphen) or a box. They are cleaned without asking.
 */

/**
 * Line separators that mean a line break: CR LF and a lone CR (Windows, old Mac), vertical tab
 * (Word's manual line break), form feed (page break), NEL, and Unicode's line and paragraph
 * separators (U+2028, U+2029).
 */
const LINE_BREAK = /\r\n?|[\v\f\u0085\u2028\u2029]/g;

/** Code point ranges (first, last) of what is dropped; see `INVISIBLE`. */
const DROPPED: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008], // C0 controls before the tab
  [0x000e, 0x001f], // C0 controls after the carriage return
  [0x007f, 0x009f], // DEL and the C1 controls
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark (bidi)
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible math operators
  [0x2066, 0x206f], // bidi isolates, deprecated format controls
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte order mark, zero-width no-break space
];

const hex = (code: number) => code.toString(16).padStart(4, '0');

/**
 * What is dropped: C0 controls but tab and line feed, DEL and C1 controls; soft hyphen;
 * zero-width space, non-joiner and joiner; word joiner and the invisible math operators; byte
 * order mark; bidirectional controls; the deprecated format controls; the Mongolian vowel
 * separator; variation selectors, which only choose how the character before them looks
 * (« © » followed by U+FE0E is a plain « © » here). Line breaks were turned into `\n` first, so the C0 ranges hold
 * no line break. Built from code points: the characters themselves are invisible in source.
 */
const INVISIBLE = new RegExp(
  `[${DROPPED.map(([first, last]) => `\\u${hex(first)}-\\u${hex(last)}`).join('')}]`,
  'g',
);

/**
 * The text without invisible characters: line separators become `\n`, a tab becomes a space,
 * and format and control characters are removed (see `INVISIBLE`). Everything visible, no-break
 * spaces included, is kept as is. Idempotent.
 */
export function cleanInvisible(text: string): string {
  return withoutLoneSurrogates(
    text.replace(LINE_BREAK, '\n').replace(/\t/g, ' ').replace(INVISIBLE, ''),
  );
}

/**
 * A UTF-16 surrogate without its other half: half of a character, which no font draws and
 * UTF-8 cannot write. Pasted text cut in the middle of an emoji, or an import of a file another
 * program wrote badly, can hold one. Matched code unit by code unit (no `u` flag), on purpose.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without lone surrogates; whole characters, emoji included, kept. */
export const withoutLoneSurrogates = (text: string): string => text.replace(LONE_SURROGATE, '');

/**
 * Every string in a plain JSON-like value cleaned with `cleanInvisible`, keys kept; other
 * values as they are. For data already checked by a schema (its depth is bounded).
 */
export function cleanInvisibleDeep<T>(value: T): T {
  return cleanValue(value) as T;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanInvisible(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (typeof value !== 'object' || value === null) return value;
  // Own enumerable entries, written back as own data properties: a key such as « __proto__ »
  // stays a plain key and never reaches a prototype.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanValue(item)]));
}
