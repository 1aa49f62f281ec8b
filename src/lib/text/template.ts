/**
 * The syntax of a letter's texts, read in one place. A text is literal words with three kinds of
 * pieces:
 * - a blank, `{fieldId}`: a field's value (or a computed one, see `placeholders.ts`);
 * - an agreement, `{masculine|feminine}`: one form chosen by the civilité (see `agreement.ts`);
 * - an escape, `\{`, `\}` or `\\`: a literal brace or backslash. The editor writes what a head
 *   types this way, so a « {nom} » she types prints as typed and is never read as a blank.
 * A backslash before anything else is a literal backslash, so texts stored before escapes existed
 * read as they always did.
 *
 * Each alternative starts at one character (`\` or `{`) and its runs stop at the next brace or
 * bar, so one scan reads any text in time linear in its length.
 */
const pieces = /\\([\\{}])|\{([a-zA-Z][a-zA-Z0-9]*)\}|\{([\p{L}’' -]+)\|([\p{L}’' -]+)\}/gu;

/** A piece of a text, in order: literal text (escapes read), a blank or an agreement. */
export type TemplatePiece =
  | { kind: 'text'; text: string }
  | { kind: 'blank'; id: string }
  | { kind: 'agreement'; masculine: string; feminine: string };

/** Reads a text into its pieces; adjacent literal runs (escapes included) are joined. */
export function parseTemplate(source: string): TemplatePiece[] {
  const parsed: TemplatePiece[] = [];
  const addText = (text: string) => {
    if (text === '') return;
    const last = parsed[parsed.length - 1];
    if (last?.kind === 'text') last.text += text;
    else parsed.push({ kind: 'text', text });
  };
  let from = 0;
  for (const match of source.matchAll(pieces)) {
    addText(source.slice(from, match.index));
    from = match.index + match[0].length;
    const [, escaped, id, masculine, feminine] = match;
    if (escaped !== undefined) addText(escaped);
    else if (id !== undefined) parsed.push({ kind: 'blank', id });
    else parsed.push({ kind: 'agreement', masculine: masculine ?? '', feminine: feminine ?? '' });
  }
  addText(source.slice(from));
  return parsed;
}

/**
 * Where literal text would be misread: a backslash that starts an escape (or ends the text, since
 * a piece may follow), a brace that starts a blank or an agreement. Lookaheads stop at the next brace or bar, as the pieces do.
 */
const misread = /\\(?=[\\{}]|$)|\{(?=[a-zA-Z][a-zA-Z0-9]*\}|[\p{L}’' -]+\|[\p{L}’' -]+\})/gu;

/**
 * Literal text written so that it reads back as typed: only what would be misread is escaped,
 * so a lone « { » or a « {prénom} » (no blank: the accent) stays as typed and the check before
 * the PDF still points it out as a probable typo.
 */
export function escapeLiteral(text: string): string {
  return text.replace(misread, '\\$&');
}

/** The source of one piece: literal text escaped, blanks and agreements as written. */
export function pieceSource(piece: TemplatePiece): string {
  if (piece.kind === 'text') return escapeLiteral(piece.text);
  if (piece.kind === 'blank') return `{${piece.id}}`;
  return `{${piece.masculine}|${piece.feminine}}`;
}

/** Writes pieces back into a text: `writeTemplate(parseTemplate(t))` reads as `t` does. */
export function writeTemplate(parsed: readonly TemplatePiece[]): string {
  return parsed.map(pieceSource).join('');
}

/**
 * The text with each agreement group replaced by `by(masculine, feminine)` and everything else
 * kept as written, escapes included (the result is still a text of this syntax).
 */
export function replaceAgreements(
  source: string,
  by: (masculine: string, feminine: string) => string,
): string {
  return source.replace(
    pieces,
    (match, _escaped, _id, masculine: string | undefined, feminine: string | undefined) =>
      masculine === undefined ? match : by(masculine, feminine ?? ''),
  );
}

/**
 * A text's words as a reader sees them with no value filled: escapes read, agreements given by
 * `agree`, blanks left as `{id}` (a title shown in a list, a file name).
 */
export function templateText(
  source: string,
  agree: (masculine: string, feminine: string) => string,
): string {
  return parseTemplate(source)
    .map((piece) => {
      if (piece.kind === 'text') return piece.text;
      if (piece.kind === 'blank') return `{${piece.id}}`;
      return agree(piece.masculine, piece.feminine);
    })
    .join('');
}
