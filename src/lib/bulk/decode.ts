/**
 * The text of an imported list file. Spreadsheets save « CSV UTF-8 », in France often
 * Windows-1252 (Excel's plain « CSV »), or UTF-16 with its byte order mark (Excel's « Texte
 * Unicode », tab-separated). A UTF-16 file is told by its mark; a file that is not valid UTF-8
 * is read as Windows-1252, so « Lefèvre » never turns into « Lef�vre ».
 */
export function decodeListFile(bytes: Uint8Array): string {
  const utf16 = utf16Of(bytes);
  // The decoder drops the mark itself (`ignoreBOM` is false by default).
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The UTF-16 encoding a byte order mark announces (FF FE: little endian), or null. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
