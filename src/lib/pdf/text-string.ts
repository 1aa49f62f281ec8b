/**
 * A PDF text string (document properties) that jsPDF writes without changing a character.
 * jsPDF writes a string whose characters are all below U+0100 byte for byte, and readers take
 * those bytes as PDFDocEncoding, where 0xA0 is « € »: a title with no-break spaces inside its
 * guillemets showed « «€Décrochage scolaire€» ». Such a string is handed to jsPDF already in
 * UTF-16BE with its byte order mark, one byte per character, which jsPDF passes through as is
 * (escaping only backslashes and parentheses, as a PDF string needs).
 */
export function pdfTextString(text: string): string {
  // ASCII and U+00A1–U+00FF mean the same in PDFDocEncoding: nothing to do.
  if (!/[^\u0020-\u007e\u00a1-\u00ff]/.test(text)) return text;
  let bytes = '\u00fe\u00ff';
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return bytes;
}
