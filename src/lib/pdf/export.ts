import type { LetterDocument } from '../document/model';
import { missingCharacters } from './coverage';

/** What an export gives: the PDF and its file name, or the characters the font cannot draw. */
export type PdfExport =
  { ok: true; blob: Blob; fileName: string } | { ok: false; missing: string[] };

/**
 * The PDF of a letter, built in the browser. jsPDF and the fonts (about 160 kB gzip) load here,
 * on the first click, through `import()`: no page pays for them on load. Refuses, naming the
 * characters, when the letter holds one the embedded font cannot draw, rather than garbling it.
 */
export async function exportPdf(doc: LetterDocument): Promise<PdfExport> {
  const [fonts, { renderPdf }] = await Promise.all([
    import('virtual:pdf-fonts'),
    import('./render'),
  ]);
  const missing = missingCharacters(doc, fonts.covered);
  if (missing.length > 0) return { ok: false, missing };
  const bytes = renderPdf(doc, fonts);
  return {
    ok: true,
    blob: new Blob([bytes], { type: 'application/pdf' }),
    fileName: doc.meta.fileName,
  };
}
