/**
 * CSV as French spreadsheets open it: UTF-8 with a byte order mark (Excel reads UTF-8 only
 * with it), `;` between fields (the comma is the decimal mark), CRLF line ends, and a field
 * quoted when it holds a `;`, a quote, a line break or spaces at its ends (RFC 4180).
 */

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\ufeff';

/** The separator of French spreadsheets. */
export const SEPARATOR = ';';

/** A text a spreadsheet would run as a formula (=, +, -, @, tab, CR first): CWE-1236. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** One field, quoted (quotes doubled) when it must be. */
export function csvField(value: string): string {
  const quoted = /[;"\r\n]/u.test(value) || value !== value.trim();
  return quoted ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A text typed by a user, kept from running as a formula: one that starts like a formula gets
 * an apostrophe in front, which spreadsheets show as text (OWASP's advice for CSV export).
 */
export function csvText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The whole file: the mark, then each row's fields joined, every line ended by CRLF. */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(SEPARATOR)}\r\n`).join('');
}

/** Cents with a decimal comma and always two decimals, no thousands mark: « 1250,00 ». */
export function csvCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)},${String(whole % 100).padStart(2, '0')}`;
}

/** A number of IMP, from its quarters, with a decimal comma: « 1 », « 0,25 », « 1,5 ». */
export function csvQuarters(quarters: number): string {
  const fraction = ['', ',25', ',5', ',75'][quarters % 4] ?? '';
  return `${Math.floor(quarters / 4)}${fraction}`;
}
