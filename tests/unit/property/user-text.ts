import fc from 'fast-check';

/**
 * Pieces of text a user types or pastes, chosen for what they break: French typography and
 * ligatures, names in other scripts, emoji (no font draws them), right-to-left text, combining
 * marks (a decomposed « é »), invisible characters a word processor leaves, line breaks of every
 * system, braces that look like blanks (known, unknown, agreement), HTML that must stay text.
 */
const tricky = [
  'é',
  'Œuvre',
  'cœur',
  '« guillemets »',
  '’',
  '\u00a0:',
  '\u202f;',
  ' ! ?',
  '1\u202f250\u00a0€',
  'Łukasz',
  'Ștefan Kővári',
  'Кирилл',
  'Ἀθῆναι',
  'Αθήνα',
  '😀',
  '👩🏽‍🏫',
  'שלום',
  'مرحبا بكم',
  'e\u0301',
  'a\u0308\u0323',
  '\u200b',
  '\u00ad',
  '\u200f',
  '\ufeff',
  '\u0007',
  '\ud800',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u2028',
  '{',
  '}',
  '{}',
  '{inconnu}',
  '{il|elle}',
  '{Le|La}',
  '{{prenom}}',
  '<b>gras</b>',
  '<script>alert(1)</script>',
  '&amp;',
  '   ',
  ' ',
  '.',
  '2019-2020',
  'le 29 mars 2013',
];

/** A word of letters repeated: no break opportunity at all. */
const longWord = (maxLength: number) =>
  fc.string({
    unit: fc.constantFrom('x', 'é', 'W', '0'),
    minLength: Math.min(40, maxLength),
    maxLength,
    size: 'max',
  });

/** Some words of plain French-ish prose, so texts also wrap the ordinary way. */
const prose = fc
  .array(fc.constantFrom('la', 'mission', 'du', 'référent', 'élèves', 'établissement', 'suivi'), {
    minLength: 1,
    maxLength: 30,
  })
  .map((words) => words.join(' '));

/** Makes the texts of a letter: `placeholders` are the blanks it may cite, `maxLength` its limit. */
export type TextMaker = (
  placeholders?: readonly string[],
  maxLength?: number,
) => fc.Arbitrary<string>;

/** Texts from `pieces` and the letter's blanks: empty, or a few pieces end to end. */
function textOf(pieces: fc.Arbitrary<string>, placeholders: readonly string[], maxLength: number) {
  const blanks = placeholders.map((id) => `{${id}}`);
  const piece = blanks.length > 0 ? fc.oneof(pieces, fc.constantFrom(...blanks)) : pieces;
  return fc
    .oneof(
      { weight: 1, arbitrary: fc.constant('') },
      { weight: 8, arbitrary: fc.array(piece, { maxLength: 6 }).map((list) => list.join('')) },
    )
    .map((text) => text.slice(0, maxLength));
}

/**
 * A text as a user may leave it in any box: empty, blank, prose, unicode of every kind, a very
 * long word, braces naming the model's own blanks (`placeholders`), or a mix of all of them.
 * `maxLength` bounds the result (the schema's limit for that box); long words stay short
 * enough that the unit suite stays fast.
 */
export const userText: TextMaker = (placeholders = [], maxLength = 1_500) =>
  textOf(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...tricky) },
      { weight: 2, arbitrary: prose },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: longWord(Math.min(maxLength, 1_200)) },
    ),
    placeholders,
    maxLength,
  );

/**
 * Pieces the PDF fonts draw (French, Latin Extended, Greek, Cyrillic) or that are cleaned before
 * printing (invisible characters): a letter made of them must give a PDF, never a refusal.
 */
const printable = tricky.filter(
  (piece) =>
    !/[\u0590-\u06ff\u1f00-\u1fff\u{1f000}-\u{1ffff}\ud800]/u.test(piece) &&
    !piece.includes('\u0323'),
);

/** Like `userText`, but only with characters the PDF can write. */
export const printableText: TextMaker = (placeholders = [], maxLength = 1_500) =>
  textOf(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...printable) },
      { weight: 2, arbitrary: prose },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
      { weight: 1, arbitrary: longWord(Math.min(maxLength, 1_200)) },
    ),
    placeholders,
    maxLength,
  );

/** A text that holds at least one character other than white space (a signatory's label). */
export function nonBlankText(
  text: TextMaker,
  placeholders: readonly string[],
  maxLength: number,
): fc.Arbitrary<string> {
  return text(placeholders, maxLength).filter((value) => value.trim() !== '');
}
