/**
 * The text of an imported list file. Spreadsheets save « CSV UTF-8 » or, in France, often
 * Windows-1252 (Excel's plain « CSV »): a file that is not valid UTF-8 is read as Windows-1252,
 * so « Lefèvre » never turns into « Lef�vre ».
 */
export function decodeListFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
