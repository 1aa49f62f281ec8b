import type { Letter } from '../schemas/letter';
import type { ImpRate } from '../schemas/imp-rate';
import { toDocument, type DocumentOptions } from '../document/to-document';
import { letterFileName } from '../document/file-name';
import { downloadBlob } from '../files/download';
import { frenchTypography } from '../text/typography';
import { characterPlaces } from '../pdf/character-places';
import { missingMessage } from '../pdf/download-pdf';
import { forbiddenCharacters } from './xml-characters';

/** What the page tells the user after a click on « Télécharger pour Word ou LibreOffice ». */
export type DocxOutcome = { ok: true; fileName: string } | { ok: false; message: string };

/** When the DOCX could not be made: the letter is kept, the PDF and printing remain. */
export const docxFailure = frenchTypography(
  'Le fichier pour Word ou LibreOffice n’a pas pu être créé. Votre lettre est conservée : ' +
    'réessayez, ou téléchargez le PDF.',
);

/**
 * When the letter holds characters a DOCX cannot hold (see `xml-characters.ts`): the PDF's
 * sentence, naming each character and where it is typed, so the user replaces it; the PDF
 * refuses the same characters, so both downloads ask for the same change.
 */
export function forbiddenMessage(letter: Letter, characters: readonly string[]): string {
  return missingMessage(
    characters,
    characterPlaces(letter, characters),
    'le fichier pour Word ou LibreOffice',
  );
}

/**
 * Builds the letter's DOCX in the browser, from the same document as the PDF, and offers it as
 * a download named like the PDF (`letterFileName`, `.docx`). The docx library loads here, on the
 * click (`import()`), never with the page. A failure becomes a French message; the letter itself
 * is never touched; a character XML forbids is refused before anything is written
 * (`forbiddenMessage`), never saved as a file that would not open. `exporter` is the lazy
 * loader, replaced in tests.
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
    const doc = toDocument(letter, rates, options);
    const forbidden = forbiddenCharacters(doc);
    if (forbidden.length > 0) return { ok: false, message: forbiddenMessage(letter, forbidden) };
    const { exportDocx } = await exporter();
    const blob = await exportDocx(doc);
    const fileName = letterFileName(letter, 'docx');
    downloadBlob(fileName, blob);
    return { ok: true, fileName };
  } catch {
    return { ok: false, message: docxFailure };
  }
}
