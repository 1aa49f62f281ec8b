import type { Letter } from '../schemas/letter';
import type { ImpRate } from '../schemas/imp-rate';
import type { PdfRun } from './pdf-files';
import { pdfOutcomeSentence } from './pdf-sentence';
import { downloadBlob } from '../files/download';

/** What the page says when the file could not be made at all. */
export const PDFS_FAILED =
  'Les PDF n’ont pas pu être créés. Vos lettres sont enregistrées\u202f: réessayez, ou ' +
  'téléchargez-les une à une depuis «\u00a0Mes lettres\u00a0».';

/**
 * Makes one PDF of `letters` (`pdf`) or a ZIP of one PDF each (`zip`), loading jsPDF, the fonts
 * and fflate only now, offers the file and returns what the page says of it. Shared by
 * « Plusieurs personnes » and the campaign, which keep their own progress and buttons.
 */
export async function downloadPdfs(
  kind: 'zip' | 'pdf',
  letters: readonly Letter[],
  rates: readonly ImpRate[],
  run: Pick<PdfRun, 'signal' | 'onProgress' | 'options'>,
): Promise<string> {
  try {
    const files = await import('./pdf-files');
    const make = kind === 'zip' ? files.zipOfPdfs : files.combinedPdf;
    const outcome = await make(letters, rates, run);
    if (outcome.ok) downloadBlob(outcome.fileName, outcome.blob);
    return pdfOutcomeSentence(outcome);
  } catch {
    return PDFS_FAILED;
  }
}
