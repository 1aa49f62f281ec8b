import type { LetterDocument } from '../../../src/lib/document/model';

/**
 * A PDF's words as a letter's text, for comparing two renderings of one letter: what a layout
 * adds is set aside. Page numbers (our PDF's « 1/2 », LibreOffice's footer « Page 1 sur 2 »),
 * the bullets drawn as text (a list's numbering in the DOCX), line breaks (between words or, for
 * a word wider than its column, inside it: spaces are dropped), and the table's header row drawn
 * again atop a page the table runs onto. Every character of every word must still match, in order.
 */

/** Text items a layout adds: a page number in either form, a bullet. */
const ADDED = /^(\d+\/\d+|Page \d+ sur \d+|•)$/;

/** Texts joined, without any whitespace. */
export const squeeze = (texts: readonly string[]) => texts.join(' ').replace(/\s+/g, '');

/** A page's text items (one per line), page number and bullets set aside, without spaces. */
const pageText = (page: string) =>
  squeeze(page.split('\n').filter((item) => !ADDED.test(item.trim())));

/**
 * The words of a PDF's pages (pdf.js's text layer, one item per line), without the header rows
 * repeated atop the pages a table of the letter runs onto.
 */
export function pdfWords(pages: readonly string[], doc: LetterDocument): string {
  const headers = doc.blocks.flatMap((block) =>
    block.kind === 'table' ? [squeeze(block.columns)] : [],
  );
  let text = '';
  for (const page of pages.map(pageText)) {
    const repeated = headers.find((header) => text.includes(header) && page.startsWith(header));
    text += repeated ? page.slice(repeated.length) : page;
  }
  return text;
}

/** Where two squeezed texts part, with some context, for a readable failure. */
export function firstDifference(names: [string, string], a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  const around = (text: string) => text.slice(Math.max(0, at - 40), at + 40);
  return `${names[0]} « …${around(a)}… » / ${names[1]} « …${around(b)}… »`;
}
