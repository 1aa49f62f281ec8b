import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import type { SignatureBlock } from '../document/model';
import { PAGE, SIZE, mm } from './styles';
import { runs } from './runs';

/** Two columns 10 mm apart, as in the PDF, and the room to sign under the printed lines. */
const GUTTER = mm(10);
const COLUMN = Math.floor(PAGE.body / 2);
const ROOM = mm(22);
/** The stamp frame: a little larger than a usual stamp (40 × 20 mm). */
const STAMP = { width: mm(45), height: mm(24) };
const FRAME = { style: BorderStyle.SINGLE, size: 4, color: '5A5A5A' } as const;

/**
 * The signature areas, two side by side per row of a table without borders (read left then
 * right, as in the PDF): caption in bold, printed lines, room to sign, and the framed stamp area
 * when there is one. Rows never split, and stay together on one page.
 */
export function signaturesTable(blocks: readonly SignatureBlock[]): Table {
  const pairs: SignatureBlock[][] = [];
  for (let index = 0; index < blocks.length; index += 2) pairs.push(blocks.slice(index, index + 2));
  // The gutter is the left cell's right margin: no empty cell for a screen reader to announce.
  const cell = (block: SignatureBlock | undefined, right: number) =>
    new TableCell({
      width: { size: COLUMN, type: WidthType.DXA },
      margins: { left: 0, right },
      children: block ? signatureArea(block) : [new Paragraph({})],
    });
  return new Table({
    width: { size: PAGE.body, type: WidthType.DXA },
    columnWidths: [COLUMN, COLUMN],
    borders: TableBorders.NONE,
    rows: pairs.map(
      ([left, right], index) =>
        new TableRow({
          cantSplit: true,
          keepNext: index < pairs.length - 1,
          children: [cell(left, GUTTER), cell(right, 0)],
        }),
    ),
  });
}

function signatureArea(block: SignatureBlock): (Paragraph | Table)[] {
  const caption = new Paragraph({
    keepNext: true,
    spacing: { before: mm(8) },
    children: runs(block.caption, { size: SIZE.signature, bold: true }),
  });
  const lines = block.lines.map(
    (line) => new Paragraph({ keepNext: true, children: runs(line, { size: SIZE.signature }) }),
  );
  if (block.stamp === null) {
    return [caption, ...lines, new Paragraph({ spacing: { before: ROOM } })];
  }
  return [caption, ...lines, stampFrame(block.stamp), new Paragraph({})];
}

/** The framed stamp area at the right of the column, its label at the top left. */
function stampFrame(label: string): Table {
  return new Table({
    width: { size: STAMP.width, type: WidthType.DXA },
    columnWidths: [STAMP.width],
    alignment: AlignmentType.RIGHT,
    borders: { top: FRAME, bottom: FRAME, left: FRAME, right: FRAME },
    rows: [
      new TableRow({
        height: { value: STAMP.height, rule: HeightRule.ATLEAST },
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: STAMP.width, type: WidthType.DXA },
            children: [new Paragraph({ children: runs(label, { size: SIZE.stamp }) })],
          }),
        ],
      }),
    ],
  });
}
