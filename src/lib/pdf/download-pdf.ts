import type { Letter } from '../schemas/letter';
import type { ImpRate } from '../schemas/imp-rate';
import { toDocument, type DocumentOptions } from '../document/to-document';
import { isLogoError } from './errors';
import { downloadBlob } from '../download';
import { frenchTypography } from '../text/typography';

/** What the page tells the user after a click on « Télécharger le PDF ». */
export type PdfOutcome = { ok: true; fileName: string } | { ok: false; message: string };

/**
 * Builds the letter's PDF in the browser and offers it as a download. jsPDF and the font load
 * here, on the click (`import()`), never with the page. Every failure becomes a French message
 * saying what happened and what to do; the letter itself is never touched.
 */
export async function downloadLetterPdf(
  letter: Letter,
  rates: readonly ImpRate[],
  options: DocumentOptions = {},
): Promise<PdfOutcome> {
  try {
    const { exportPdf } = await import('./export');
    const result = await exportPdf(toDocument(letter, rates, options));
    if (!result.ok) return { ok: false, message: missingMessage(result.missing) };
    downloadBlob(result.fileName, result.blob);
    return { ok: true, fileName: result.fileName };
  } catch (error) {
    if (isLogoError(error)) return { ok: false, message: logoMessage };
    return {
      ok: false,
      message: frenchTypography(
        'Le PDF n’a pas pu être créé. Votre lettre est conservée : réessayez, ou imprimez-la ' +
          'depuis le navigateur (Ctrl+P), qui permet aussi d’enregistrer en PDF.',
      ),
    };
  }
}

/** When jsPDF cannot read the logo's image: the letter is fine, the logo is to change. */
export const logoMessage =
  'Le logo de l’établissement n’a pas pu être placé dans le PDF\u00a0: remplacez-le ou ' +
  'retirez-le dans «\u00a0Mon établissement\u00a0», puis téléchargez à nouveau.';

/** Names the characters the font cannot draw, so the user can replace them. */
export function missingMessage(missing: readonly string[]): string {
  const list = missing
    .map((character) => `« ${character} » (U+${codePoint(character)})`)
    .join(', ');
  const one = missing.length === 1;
  return frenchTypography(
    `${one ? 'Ce caractère ne peut' : 'Ces caractères ne peuvent'} pas être écrit${one ? '' : 's'} ` +
      `dans le PDF : ${list}. Remplacez-${one ? 'le' : 'les'} dans la lettre, puis téléchargez à nouveau.`,
  );
}

const codePoint = (character: string) =>
  (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
