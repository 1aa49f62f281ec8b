import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import type { DocBlock } from '../document/model';
import { PAGE, SIZE, mm } from './styles';
import { runs } from './runs';

type ImpTable = Extract<DocBlock, { kind: 'table' }>;

/** The PDF's hairlines: thin and dark grey (sizes in eighths of a point). */
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '5A5A5A' } as const;
const BORDERS: ITableBordersOptions = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const PADDING = { top: mm(1.2), bottom: mm(1.2), left: mm(1.5), right: mm(1.5) };

/** Each cell's own four sides: LibreOffice draws no `w:tblBorders` of a table at the top level. */
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

/**
 * The IMP table: its caption in bold, kept with the table, then a Word table whose first row is
 * a header row (`tableHeader`: Word and LibreOffice repeat it on every page the table spans and
 * screen readers announce each cell with its column). Rows never split across pages, the header
 * row keeps the first row with it (it never ends a page alone), the last row but one keeps the
 * last (the total, when there is one, never opens a page alone), and the last row keeps what
 * follows when `keepWithNext` (the signatures). The lines are drawn around each cell as well
 * as around the table (see `CELL_BORDERS`).
 */
export function impTable(block: ImpTable, keepWithNext = false): (Paragraph | Table)[] {
  const caption = new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: mm(6), after: mm(1.5) },
    children: runs(block.caption, { size: SIZE.caption, bold: true }),
  });
  const widths = columnWidths(block.columns.length);
  const last = block.rows.length - 1;
  const row = (cells: readonly string[], header: boolean, keepNext: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      ...(keepNext ? { keepNext: true } : {}),
      children: widths.map(
        (width, index) =>
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: PADDING,
            borders: CELL_BORDERS,
            children: [
              new Paragraph({
                children: runs(cells[index] ?? '', { size: SIZE.cell, bold: header }),
              }),
            ],
          }),
      ),
    });
  const body = block.rows.map((cells, index) =>
    row(cells, false, index === last ? keepWithNext : index === last - 1),
  );
  const table = new Table({
    width: { size: PAGE.body, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [row(block.columns, true, body.length > 0 || keepWithNext), ...body],
  });
  return [caption, table];
}

/** The mission's column twice as wide as each of the others, which hold short figures. */
export function columnWidths(count: number): number[] {
  if (count <= 0) return [];
  const share = Math.floor(PAGE.body / (count + 1));
  return [PAGE.body - share * (count - 1), ...Array.from({ length: count - 1 }, () => share)];
}
