import { Packer } from 'docx';
import type { LetterDocument } from '../document/model';
import { toDocx } from './to-docx';
import { wellFormedDocument } from './well-formed';
import { ForbiddenCharactersError, forbiddenCharacters } from './xml-characters';

/** The media type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The letter's DOCX, written in the browser. This module and the docx library load on the
 * click, through `import()` in `download-docx.ts`: no page pays for them on load. Lone
 * surrogates are dropped first (see `well-formed.ts`); a character XML forbids is refused
 * (`ForbiddenCharactersError`): the file would not open.
 */
export async function exportDocx(doc: LetterDocument): Promise<Blob> {
  const forbidden = forbiddenCharacters(doc);
  if (forbidden.length > 0) throw new ForbiddenCharactersError(forbidden);
  const bytes = await Packer.toArrayBuffer(toDocx(wellFormedDocument(doc)));
  return new Blob([bytes], { type: DOCX_TYPE });
}
