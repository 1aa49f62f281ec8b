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
  const widthOf = (line: string) => measure(line, style.font, style.size);
  const fits = (line: string) => widthOf(line) <= width;
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
      const pieces = breakWord(word, width, widthOf);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A word cut into pieces that fit, between code points (never inside a surrogate pair), in one
 * pass: each character is measured once (a cache per distinct character) and widths are added,
 * the embedded font having no kerning. Measuring the growing piece at each character instead
 * cost a 20 000-character word millions of measured characters (seconds for one PDF).
 */
function breakWord(word: string, width: number, widthOf: (text: string) => number): string[] {
  if (widthOf(word) <= width) return [word];
  const charWidths = new Map<string, number>();
  const charWidth = (char: string) => {
    let known = charWidths.get(char);
    if (known === undefined) {
      known = widthOf(char);
      charWidths.set(char, known);
    }
    return known;
  };
  const pieces: string[] = [];
  let start = 0;
  let used = 0;
  let at = 0;
  for (const char of word) {
    const w = charWidth(char);
    // At least one character per piece, even if the line is narrower than it.
    if (at > start && used + w > width) {
      pieces.push(word.slice(start, at));
      start = at;
      used = 0;
    }
    used += w;
    at += char.length;
  }
  pieces.push(word.slice(start));
  return pieces;
}
