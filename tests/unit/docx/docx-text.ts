import { strFromU8, unzipSync } from 'fflate';

/** What a .docx holds, read back as a word processor would find it. */
export interface DocxReading {
  /** Every file of the ZIP, by path, as bytes. */
  files: Record<string, Uint8Array>;
  /** Every part of the ZIP, by path, as text. */
  parts: Record<string, string>;
  /** The body's XML (`word/document.xml`). */
  document: string;
  /**
   * The body's paragraphs in order (those of table cells included, row by row): the text of
   * their `w:t` runs, `w:br` as a line break, XML entities decoded.
   */
  paragraphs: string[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes the XML escapes docx writes (named, decimal and hexadecimal). */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of one paragraph's XML: its runs' texts, its line breaks. */
function paragraphText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\b[^>]*\/>|<w:tab\/>/g)) {
    if (match[1] !== undefined) text += decode(match[1]);
    else text += match[0].startsWith('<w:br') ? '\n' : '\t';
  }
  return text;
}

/** The paragraphs of a part's XML, in document order. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) =>
    paragraphText(match[1] ?? ''),
  );
}

/** Unzips a .docx and reads its body. */
export function readDocx(bytes: Uint8Array): DocxReading {
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(
    Object.entries(files).map(([path, data]) => [path, strFromU8(data)]),
  );
  const document = parts['word/document.xml'] ?? '';
  return { files, parts, document, paragraphs: paragraphsOf(document) };
}
