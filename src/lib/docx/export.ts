import { Packer } from 'docx';
import type { LetterDocument } from '../document/model';
import { toDocx } from './to-docx';
import { wellFormedDocument } from './well-formed';

/** The media type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The letter's DOCX, written in the browser. This module and the docx library load on the
 * click, through `import()` in `download-docx.ts`: no page pays for them on load. Lone
 * surrogates are dropped first (see `well-formed.ts`).
 */
export async function exportDocx(doc: LetterDocument): Promise<Blob> {
  const bytes = await Packer.toArrayBuffer(toDocx(wellFormedDocument(doc)));
  return new Blob([bytes], { type: DOCX_TYPE });
}
