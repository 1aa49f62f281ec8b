/**
 * Splitting a pasted or imported list into rows of cells, the way a spreadsheet writes CSV:
 * fields between double quotes may hold the separator, line breaks and doubled quotes (`""`).
 * A byte order mark is dropped; CR LF, LF and a lone CR all end a line.
 */

/** The column separators understood, in order of preference. */
export const SEPARATORS = [';', '\t', ','] as const;

export type Separator = (typeof SEPARATORS)[number];

/** One row of the list: where it starts in the text (1-based line number) and its cells. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Whether a quote at `index` opens a quoted cell: only at the start of a cell (after a line break,
 * a possible separator and spaces), so a stray quote inside a name (« O"Brien ») is plain text.
 */
function opensQuote(text: string, index: number, separators: readonly string[]): boolean {
  let before = index - 1;
  while (before >= 0 && text[before] === ' ') before -= 1;
  const char = before < 0 ? '\n' : (text[before] ?? '\n');
  return char === '\n' || char === '\r' || separators.includes(char);
}

/** Moves a scan over a quote: `quoted` after it, and whether the next quote is consumed too. */
function quoteStep(
  text: string,
  index: number,
  quoted: boolean,
  separators: readonly string[],
): { quoted: boolean; skip: boolean } {
  if (!quoted) return { quoted: opensQuote(text, index, separators), skip: false };
  // Inside quotes, `""` is a quote of the text; a single one closes the cell.
  if (text[index + 1] === '"') return { quoted: true, skip: true };
  return { quoted: false, skip: false };
}

/** Splits `text` into its lines outside quotes, each with its 1-based number. */
function physicalLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let quoted = false;
  let start = 0;
  let startLine = 1;
  let line = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') {
      const step = quoteStep(text, index, quoted, SEPARATORS);
      quoted = step.quoted;
      if (step.skip) index += 1;
    } else if (char === '\r' || char === '\n') {
      const crlf = char === '\r' && text[index + 1] === '\n';
      if (!quoted) {
        lines.push({ line: startLine, text: text.slice(start, index) });
        start = index + (crlf ? 2 : 1);
        startLine = line + 1;
      }
      if (crlf) index += 1;
      line += 1;
    }
  }
  lines.push({ line: startLine, text: text.slice(start) });
  return lines;
}

/** Whether `line` holds `separator` outside quotes. */
function holds(line: string, separator: Separator): boolean {
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === '"') {
      const step = quoteStep(line, index, quoted, [separator]);
      quoted = step.quoted;
      if (step.skip) index += 1;
    } else if (!quoted && char === separator) return true;
  }
  return false;
}

/**
 * The separator of the list: of `;`, tab and `,`, those found on every non-blank line (else on
 * most lines), the one that cuts the lines into the most cells (a tab-separated paste whose
 * cells hold a `;` is read by tabs), the first in that order on a tie. The comma comes last
 * because French decimals use it (« 0,5 »). `;` when none is found: a list of one column.
 */
export function detectSeparator(lines: readonly string[]): Separator {
  const filled = lines.filter((line) => line.trim() !== '');
  const found = SEPARATORS.map((separator) => ({
    separator,
    lines: filled.filter((line) => holds(line, separator)).length,
  }));
  const most = Math.max(...found.map((candidate) => candidate.lines));
  if (most === 0) return ';';
  const cells = (separator: Separator) =>
    filled.reduce((sum, line) => sum + splitCells(line, separator).length, 0);
  const candidates = found
    .filter((candidate) => candidate.lines === most)
    .map(({ separator }) => ({ separator, cells: cells(separator) }));
  return candidates.reduce((best, candidate) => (candidate.cells > best.cells ? candidate : best))
    .separator;
}

/** The cells of one line, quotes removed and doubled quotes made single. */
export function splitCells(line: string, separator: Separator): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/**
 * The rows of a list with their line numbers, blank lines left out; `separator` is detected
 * when not given. Line breaks inside quoted cells are kept as `\n`.
 */
export function readCsv(
  text: string,
  separator?: Separator,
): { rows: CsvRow[]; separator: Separator } {
  const lines = physicalLines(text.replace(/^\uFEFF/, ''));
  const chosen = separator ?? detectSeparator(lines.map((line) => line.text));
  const rows = lines
    .filter((line) => line.text.trim() !== '')
    .map((line) => ({
      line: line.line,
      cells: splitCells(line.text.replace(/\r\n?/g, '\n'), chosen),
    }));
  return { rows, separator: chosen };
}
