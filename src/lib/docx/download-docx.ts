import type { Letter } from '../schemas/letter';
import type { ImpRate } from '../schemas/imp-rate';
import { toDocument, type DocumentOptions } from '../document/to-document';
import { letterFileName } from '../document/file-name';
import { downloadBlob } from '../files/download';
import { frenchTypography } from '../text/typography';

/** What the page tells the user after a click on « Télécharger pour Word ou LibreOffice ». */
export type DocxOutcome = { ok: true; fileName: string } | { ok: false; message: string };

/** When the DOCX could not be made: the letter is kept, the PDF and printing remain. */
export const docxFailure = frenchTypography(
  'Le fichier pour Word ou LibreOffice n’a pas pu être créé. Votre lettre est conservée : ' +
    'réessayez, ou téléchargez le PDF.',
);

/**
 * Builds the letter's DOCX in the browser, from the same document as the PDF, and offers it as
 * a download named like the PDF (`letterFileName`, `.docx`). The docx library loads here, on the
 * click (`import()`), never with the page. A failure becomes a French message; the letter itself
 * is never touched. `exporter` is the lazy loader, replaced in tests.
 */
export async function downloadLetterDocx(
  letter: Letter,
  rates: readonly ImpRate[],
  options: DocumentOptions = {},
  exporter: () => Promise<{
    exportDocx: (doc: ReturnType<typeof toDocument>) => Promise<Blob>;
  }> = () => import('./export'),
): Promise<DocxOutcome> {
  try {
    const { exportDocx } = await exporter();
    const blob = await exportDocx(toDocument(letter, rates, options));
    const fileName = letterFileName(letter, 'docx');
    downloadBlob(fileName, blob);
    return { ok: true, fileName };
  } catch {
    return { ok: false, message: docxFailure };
  }
}
