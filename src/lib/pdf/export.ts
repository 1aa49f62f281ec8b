import type { LetterDocument } from '../document/model';
import { fontSets } from 'virtual:pdf-fonts';
import { chooseFontSet, type FontSet } from './font-sets';
import type { JsonAttachment } from './embedded-letter';

/**
 * What an export gives: the PDF, its file name and the font set it used, or the characters no
 * embedded font can draw.
 */
export type PdfExport =
  { ok: true; blob: Blob; fileName: string; fontSet: string } | { ok: false; missing: string[] };

/**
 * The PDF of a letter, built in the browser. jsPDF and the fonts load here, on the first click,
 * through `import()`: no page pays for them on load. Only the font set the letter needs is
 * loaded: French (about 26 kB gzip for both faces) unless a name needs Latin Extended, Greek or
 * Cyrillic. Refuses, naming the characters, when the letter holds one no set can draw, rather
 * than garbling it. `sets` is the catalogue of `virtual:pdf-fonts`; tests may observe it.
 * `attachments` (a letter's own JSON, see `letter-attachment.ts`) are embedded in the file.
 */
export async function exportPdf(
  doc: LetterDocument,
  sets: readonly FontSet[] = fontSets,
  attachments: readonly JsonAttachment[] = [],
): Promise<PdfExport> {
  const choice = chooseFontSet(doc, sets);
  if (!choice.ok) return { ok: false, missing: choice.missing };
  const [fonts, { renderPdf }, { embedJsonFiles }] = await Promise.all([
    choice.set.load(),
    import('./render'),
    import('./embedded-letter'),
  ]);
  const rendered = renderPdf(doc, fonts);
  const bytes = attachments.length > 0 ? embedJsonFiles(rendered, attachments) : rendered;
  return {
    ok: true,
    blob: new Blob([bytes], { type: 'application/pdf' }),
    fileName: doc.meta.fileName,
    fontSet: choice.set.name,
  };
}
