import type { Letter } from '../schemas/letter';
import type { ImpRate } from '../schemas/imp-rate';
import type { UserModel } from '../schemas/user-model';
import { toDocument, type DocumentOptions } from '../document/to-document';
import { characterPlaces } from './character-places';
import { isLogoError } from './errors';
import { letterAttachment } from './letter-attachment';
import { downloadBlob } from '../files/download';
import { frenchTypography } from '../text/typography';

/** What the page tells the user after a click on « Télécharger le PDF ». */
export type PdfOutcome = { ok: true; fileName: string } | { ok: false; message: string };

/**
 * Builds the letter's PDF in the browser and offers it as a download. jsPDF and the font load
 * here, on the click (`import()`), never with the page. The PDF embeds the letter, with the
 * user's model it was written from when given (`models`), so that it reopens. Every failure
 * becomes a French message saying what happened and what to do; the letter is never touched.
 */
export async function downloadLetterPdf(
  letter: Letter,
  rates: readonly ImpRate[],
  options: DocumentOptions = {},
  models: readonly UserModel[] = [],
): Promise<PdfOutcome> {
  try {
    const { exportPdf } = await import('./export');
    // The PDF carries its letter: dropped on « Mes lettres », it brings the letter back.
    const attachment = letterAttachment(letter, new Date(), undefined, models);
    const result = await exportPdf(toDocument(letter, rates, options), undefined, [attachment]);
    if (!result.ok) {
      const places = characterPlaces(letter, result.missing);
      return { ok: false, message: missingMessage(result.missing, places) };
    }
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

/**
 * Names the characters no font can draw and where each is typed (`places`: French phrases such
 * as « dans « Nom » », from `characterPlaces`), so the user can find and replace them. `file`
 * names the file refused: the DOCX refuses the characters XML forbids with the same sentence.
 */
export function missingMessage(
  missing: readonly string[],
  places: ReadonlyMap<string, readonly string[]> = new Map(),
  file = 'le PDF',
): string {
  const located = missing.some((character) => (places.get(character) ?? []).length > 0);
  const list = missing
    .map((character) => {
      const where = joinPlaces(places.get(character) ?? []);
      return `« ${character} » (U+${codePoint(character)})${where ? ` ${where}` : ''}`;
    })
    // Places hold commas of their own: characters with a place are set apart by semicolons.
    .join(located ? ' ; ' : ', ');
  const one = missing.length === 1;
  return frenchTypography(
    `${one ? 'Ce caractère ne peut' : 'Ces caractères ne peuvent'} pas être écrit${one ? '' : 's'} ` +
      `dans ${file} : ${list}. Remplacez-${one ? 'le' : 'les'} dans la lettre, puis téléchargez à nouveau.`,
  );
}

/** « dans A », « dans A et dans B », « dans A, dans B et ailleurs ». */
function joinPlaces(places: readonly string[]): string {
  if (places.length <= 1) return places[0] ?? '';
  return `${places.slice(0, -1).join(', ')} et ${places.at(-1) ?? ''}`;
}

const codePoint = (character: string) =>
  (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
