import { decodeListFile } from './decode';
import { isSpreadsheetFile, spreadsheetNotRead } from './spreadsheet-file';

/** A list file read: its text, or why it was not read (in French, with what to do). */
export type ListFileReading = { ok: true; text: string } | { ok: false; problem: string };

/**
 * The list in the file `name`: its text in whichever encoding a spreadsheet wrote it, or, for a
 * spreadsheet's own file (`.xlsx`, `.ods`, `.xls`), how to save it as CSV. Shared by « Plusieurs
 * personnes » and « Mon équipe ».
 */
export function readListFile(name: string, bytes: Uint8Array): ListFileReading {
  if (isSpreadsheetFile(bytes)) return { ok: false, problem: spreadsheetNotRead(name) };
  return { ok: true, text: decodeListFile(bytes) };
}
