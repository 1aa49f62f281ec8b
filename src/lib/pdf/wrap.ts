import type { Measure, TextStyle } from './page';

/**
 * Lines of a text set in `style` within `width` millimetres: the user's line breaks kept, breaks
 * on ordinary spaces only (never on U+00A0 or U+202F, which French typography put there to
 * bind a sign to its word), a word longer than the line broken between characters. Texts are
 * composed to NFC first, so a pasted « é » as e + U+0301 draws with the font's « é ».
 */
export function wrapText(
  text: string,
  width: number,
  style: TextStyle,
  measure: Measure,
): string[] {
  const fits = (line: string) => measure(line, style.font, style.size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.normalize('NFC').split(/\r\n?|\n/)) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = breakWord(word, fits);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/** A word cut into pieces that fit, between code points (never inside a surrogate pair). */
function breakWord(word: string, fits: (line: string) => boolean): string[] {
  if (fits(word)) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    // At least one character per piece, even if the line is narrower than it.
    if (piece !== '' && !fits(piece + char)) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
