import { fold, foldChar } from '../text/fold';

// Folding itself is in `text/fold.ts`, shared with « Mes lettres »; here, what the search page
// does with it: a query's terms, and the matched spans of a text to mark.

/** The words of a query, folded and without duplicates (« Référent, référent » → ["referent"]). */
export function queryTerms(query: string): string[] {
  const words = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)];
}

/** A span of the original text and whether it matched a term (to be shown as a <mark>). */
export interface TextPart {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * `text` cut into parts, those where a term occurs (compared folded) marked. The original
 * characters are kept: « décrochage » stays accented when « decrochage » was searched.
 */
export function markTerms(text: string, terms: readonly string[]): TextPart[] {
  // Folded text, and for each folded character the original one it came from (start, end).
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  const vanished: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    if (piece === '') vanished.push(index);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) {
      from.push(index);
      to.push(index + char.length);
    }
    index += char.length;
  }

  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms.filter((candidate) => candidate !== '')) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      const end = to[at + term.length - 1] ?? text.length;
      for (let i = from[at] ?? 0; i < end; i += 1) marked[i] = true;
    }
  }
  // A combining accent (folded to nothing) goes with the letter before it.
  for (const i of vanished) marked[i] = i > 0 && (marked[i - 1] ?? false);
  return joinRuns(text, marked);
}

/** Consecutive characters with the same mark joined into one part. */
function joinRuns(text: string, marked: readonly boolean[]): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || marked[i] !== marked[start]) {
      if (i > start) parts.push({ text: text.slice(start, i), marked: marked[start] ?? false });
      start = i;
    }
  }
  return parts;
}
