import type { DocBlock } from '../document/model';
import { BODY_WIDTH, PAGE, STYLES, lineHeight, type DrawOp, type Measure } from './page';
import { asArtifacts, keepTogether, lineOp, textRows, type Row } from './rows';
import { columnWidths } from './columns';
import { wrapText } from './wrap';

/** Inner space of a cell, in millimetres. */
const PAD_X = 1.5;
const PAD_Y = 1.2;

type Table = Extract<DocBlock, { kind: 'table' }>;
type CellStyle = typeof STYLES.cell | typeof STYLES.headerCell;

/**
 * The table: its caption, a bordered header row in bold, then one row per line of the table,
 * cells wrapped. The table stays whole on a page when that costs no page; else a row never
 * splits, a row opening a page brings the header back above it and the last row (the total)
 * keeps the row before it. Only a row taller than a whole page is cut, between lines, each part
 * with its borders.
 */
export function tableRows(table: Table, measure: Measure): Row[] {
  const widths = columnWidths(
    [table.columns, ...table.rows],
    BODY_WIDTH,
    2 * PAD_X,
    (text, header) => measureIn(header ? STYLES.headerCell : STYLES.cell, text, measure),
  );
  const caption = textRows(
    table.caption,
    {
      style: STYLES.caption,
      x: PAGE.left,
      width: BODY_WIDTH,
      spaceBefore: 6,
      tag: [{ role: 'Caption', key: 0 }],
    },
    measure,
  ).map((row) => ({ ...row, keepWithNext: row.keepWithNext + 1 }));
  const room = PAGE.bottom - PAGE.top;
  const header = keepTogether(
    cellsRow(table.columns, 0, widths, STYLES.headerCell, measure, room),
  ).map((row, index) => ({
    ...row,
    spaceBefore: index === 0 ? 1.5 : 0,
    keepWithNext: row.keepWithNext + 1,
  }));
  // A body row shares its page with the repeated header: it gets the rest of the page at most.
  const below = room - header.reduce((sum, row) => sum + row.height, 0);
  // Drawn again above a row that opens a page, the header is read once: furniture there.
  const repeat = asArtifacts(header);
  const units = table.rows.map((cells, index) =>
    cellsRow(cells, index + 1, widths, STYLES.cell, measure, below).map((row) => ({
      ...row,
      repeat,
    })),
  );
  const beforeLast = units.at(-2)?.at(-1);
  if (beforeLast) beforeLast.keepWithNext = Math.max(beforeLast.keepWithNext, 1);
  const rows = [...caption, ...header, ...units.flat()];
  const height = rows.reduce((sum, row) => sum + row.spaceBefore + row.height, 0);
  // Whole when it fits on a page: a longer table starts where it falls, not on a page of its own.
  if (height - (rows[0]?.spaceBefore ?? 0) > room) return rows;
  return rows.map((row, index) => ({ ...row, keepIfRoom: rows.length - 1 - index }));
}

function measureIn(style: CellStyle, text: string, measure: Measure): number {
  return measure(text, style.font, style.size);
}

/**
 * A table row as rows of at most `maxHeight` each (one, unless a cell is that tall), the
 * `index`th of the table (0: its header, whose cells are column headers).
 */
function cellsRow(
  cells: readonly string[],
  index: number,
  widths: readonly number[],
  style: CellStyle,
  measure: Measure,
  maxHeight: number,
): Row[] {
  const lines = widths.map((width, index) =>
    wrapText(cells[index] ?? '', width - 2 * PAD_X, style, measure),
  );
  const step = lineHeight(style);
  const perPage = Math.max(1, Math.floor((maxHeight - 2 * PAD_Y) / step));
  const count = Math.max(...lines.map((cell) => cell.length));
  const rows: Row[] = [];
  for (let from = 0; from < count; from += perPage) {
    const part = lines.map((cell) => cell.slice(from, from + perPage));
    const height = Math.max(...part.map((cell) => cell.length)) * step + 2 * PAD_Y;
    rows.push({
      height,
      spaceBefore: 0,
      ops: cellOps(part, widths, height, style, index),
      keepWithNext: 0,
      ...(from === 0 ? { opens: true as const } : {}),
    });
  }
  return rows;
}

/** Borders and text of one row: a rectangle per cell, its lines from the top. */
function cellOps(
  lines: readonly string[][],
  widths: readonly number[],
  height: number,
  style: CellStyle,
  row: number,
): DrawOp[] {
  const ops: DrawOp[] = [];
  let x = PAGE.left;
  widths.forEach((width, index) => {
    ops.push({ kind: 'rect', x, y: 0, w: width, h: height });
    const tag = [
      { role: 'TR', key: row },
      { role: row === 0 ? 'TH' : 'TD', key: index },
    ] as const;
    (lines[index] ?? []).forEach((line, at) => {
      const top = PAD_Y + at * lineHeight(style);
      ops.push(lineOp(line, top, { style, x: x + PAD_X, width: width - 2 * PAD_X, tag }));
    });
    x += width;
  });
  return ops;
}
