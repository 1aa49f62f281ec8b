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

/**
 * The IMP table: its caption in bold, kept with the table, then a Word table whose first row is
 * a header row (`tableHeader`: Word repeats it on every page the table spans and screen readers
 * announce each cell with its column). Rows never split across pages.
 */
export function impTable(block: ImpTable): (Paragraph | Table)[] {
  const caption = new Paragraph({
    keepNext: true,
    spacing: { before: mm(6), after: mm(1.5) },
    children: runs(block.caption, { size: SIZE.caption, bold: true }),
  });
  const widths = columnWidths(block.columns.length);
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: widths.map(
        (width, index) =>
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: PADDING,
            children: [
              new Paragraph({
                children: runs(cells[index] ?? '', { size: SIZE.cell, bold: header }),
              }),
            ],
          }),
      ),
    });
  const table = new Table({
    width: { size: PAGE.body, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [row(block.columns, true), ...block.rows.map((cells) => row(cells, false))],
  });
  return [caption, table];
}

/** The mission's column twice as wide as each of the others, which hold short figures. */
export function columnWidths(count: number): number[] {
  if (count <= 0) return [];
  const share = Math.floor(PAGE.body / (count + 1));
  return [PAGE.body - share * (count - 1), ...Array.from({ length: count - 1 }, () => share)];
}
