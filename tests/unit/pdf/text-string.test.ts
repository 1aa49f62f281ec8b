import { describe, expect, it } from 'vitest';
import { pdfTextString } from '../../../src/lib/pdf/text-string';

/** Decodes what a PDF reader makes of the string: UTF-16BE after a BOM, else byte per char. */
function read(bytes: string): string {
  if (!bytes.startsWith('\u00fe\u00ff')) return bytes;
  let text = '';
  for (let index = 2; index < bytes.length; index += 2) {
    text += String.fromCharCode((bytes.charCodeAt(index) << 8) | bytes.charCodeAt(index + 1));
  }
  return text;
}

describe('pdfTextString', () => {
  it('leaves ASCII and Latin-1 letters as they are (same bytes in PDFDocEncoding)', () => {
    expect(pdfTextString('Collège Jean Moulin')).toBe('Collège Jean Moulin');
  });

  it('writes a string with U+00A0 (« € » in PDFDocEncoding) as UTF-16BE, bytes only', () => {
    const title = 'Lettre «\u00a0Décrochage\u00a0» – 1\u202f250\u00a0€ ; l’œuvre';
    const bytes = pdfTextString(title);
    expect(bytes.startsWith('\u00fe\u00ff')).toBe(true);
    expect([...bytes].every((char) => char.charCodeAt(0) <= 0xff)).toBe(true);
    expect(read(bytes)).toBe(title);
  });
});
