/**
 * A spreadsheet given where a list (CSV or text) is expected: its first bytes say so, and the
 * page says how to save it as CSV rather than showing the zipped bytes as garbled rows.
 */

/** `PK\x03\x04`: a ZIP archive, which `.xlsx` (Excel) and `.ods` (LibreOffice) files are. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** `D0 CF 11 E0`: an OLE compound file, the old Excel `.xls` format. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

/** Whether `bytes` are a spreadsheet's own file (`.xlsx`, `.ods`, `.xls`) rather than text. */
export function isSpreadsheetFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, OLE);
}

/** What to tell about the spreadsheet file `name`: it is not read, and how to make a CSV of it. */
export function spreadsheetNotRead(name: string): string {
  return (
    `Le fichier «\u00a0${name}\u00a0» est un classeur de tableur (Excel ou LibreOffice), pas une ` +
    'liste au format CSV\u00a0: il n’a pas été lu. Ouvrez-le dans son tableur et enregistrez-le ' +
    'au format CSV, puis importez ce fichier-là\u00a0: dans Excel, «\u00a0Fichier › Enregistrer ' +
    'sous\u00a0», type «\u00a0CSV UTF-8 (délimité par des virgules)\u00a0»\u202f; dans ' +
    'LibreOffice Calc, «\u00a0Fichier › Enregistrer sous\u00a0», type «\u00a0Texte CSV ' +
    '(.csv)\u00a0», jeu de caractères «\u00a0Unicode (UTF-8)\u00a0». Vous pouvez aussi ' +
    'sélectionner les cellules dans le tableur, les copier et les coller dans la liste.'
  );
}
