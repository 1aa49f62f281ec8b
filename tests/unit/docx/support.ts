import type { LetterDocument } from '../../../src/lib/document/model';
import { exportDocx, DOCX_TYPE } from '../../../src/lib/docx/export';
import { readDocx, type DocxReading } from './docx-text';

/** The DOCX of a document, as the browser would write it, read back. */
export async function docxOf(doc: LetterDocument): Promise<DocxReading & { blob: Blob }> {
  const blob = await exportDocx(doc);
  if (blob.type !== DOCX_TYPE) throw new Error(`unexpected type ${blob.type}`);
  return { blob, ...readDocx(new Uint8Array(await blob.arrayBuffer())) };
}
