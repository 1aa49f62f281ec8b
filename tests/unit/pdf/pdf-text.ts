import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What pdf.js reads back from a PDF. */
export interface PdfReading {
  /**
   * Text per page, one line per text-showing operator, each glyph as the PDF's ToUnicode map
   * gives it: the exact code points (U+00A0 and U+202F included).
   */
  pages: string[];
  /**
   * The text as pdf.js's `getTextContent` gives it (text layer, search, copy in pdf.js):
   * every whitespace glyph, U+00A0 and U+202F included, comes out as U+0020.
   */
  textLayerPages: string[];
  /**
   * The text layer per page as lines: items joined up to each end of line pdf.js sees. A
   * browser's PDF writes its text glyph by glyph, so its lines are read here.
   */
  textLayerLines: string[][];
  /** How many images each page paints (`paintImageXObject` operators). */
  images: number[];
  info: Record<string, unknown>;
}

/** A glyph of a `showText` operator (numbers in the array are spacing adjustments). */
const unicodeOf = (glyph: unknown) =>
  typeof glyph === 'object' && glyph !== null && 'unicode' in glyph ? String(glyph.unicode) : '';

/** Reads a PDF with pdf.js in node. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  // pdf.js detaches the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(0), verbosity: 0 }).promise;
  const pages: string[] = [];
  const textLayerPages: string[] = [];
  const textLayerLines: string[][] = [];
  const images: number[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const { fnArray, argsArray } = await page.getOperatorList();
    const lines = fnArray.flatMap((fn, index) => {
      const glyphs: unknown = (argsArray[index] as unknown[] | undefined)?.[0];
      return fn === OPS.showText && Array.isArray(glyphs) ? [glyphs.map(unicodeOf).join('')] : [];
    });
    pages.push(lines.join('\n'));
    images.push(fnArray.filter((fn) => fn === OPS.paintImageXObject).length);
    const content = await page.getTextContent();
    textLayerPages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
    textLayerLines.push(joinLines(content.items));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, textLayerPages, textLayerLines, images, info: info as Record<string, unknown> };
}

/** Text items joined into lines, a line ending at each item pdf.js marks `hasEOL`. */
function joinLines(items: readonly object[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if ('str' in item && typeof item.str === 'string') line += item.str;
    if ('hasEOL' in item && item.hasEOL === true) {
      lines.push(line);
      line = '';
    }
  }
  return line === '' ? lines : [...lines, line];
}
