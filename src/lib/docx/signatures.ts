import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import type { DocFigure, SignatureBlock } from '../document/model';
import { fittedImage, pixelBox } from './images';
import { PAGE, SIZE, mm } from './styles';
import { runs } from './runs';

/**
 * Two columns 10 mm apart, as in the PDF, and the room to sign between the signatory's title and
 * name: the PDF's 25 mm (`pdf/signatures.ts`, whose reasons `content/SOURCES.md` gives).
 */
const GUTTER = mm(10);
const COLUMN = Math.floor(PAGE.body / 2);
const ROOM = mm(25);
/** The stamp frame, beside the signature: a little larger than a usual stamp (40 × 20 mm). */
const STAMP = { width: mm(45), height: mm(24) };
/** Space above the name under the stamp frame: the frame and it make the room to sign. */
const UNDER_STAMP = ROOM - STAMP.height;
const FRAME = { style: BorderStyle.SINGLE, size: 4, color: '5A5A5A' } as const;
/** The most the head's signature takes (as in the PDF) and the stamp's image inside its frame. */
const SIGNATURE = pixelBox(60, 24);
const STAMP_IMAGE = pixelBox(43, 22);

/**
 * The signature areas, two side by side per row of a table without borders (read left then
 * right, as in the PDF): caption in bold, printed lines, room to sign (the framed stamp area at
 * its right when there is one), then the name. Rows never split, and stay together on one page;
 * the last keeps what follows on its page when `keepWithNext` (the copy list: the last
 * signature and « Copie : » are never parted).
 */
export function signaturesTable(blocks: readonly SignatureBlock[], keepWithNext = false): Table {
  const pairs: SignatureBlock[][] = [];
  for (let index = 0; index < blocks.length; index += 2) pairs.push(blocks.slice(index, index + 2));
  // The gutter is the left cell's right margin: no empty cell for a screen reader to announce.
  const cell = (block: SignatureBlock | undefined, right: number) =>
    new TableCell({
      width: { size: COLUMN, type: WidthType.DXA },
      margins: { left: 0, right },
      children: block ? signatureArea(block) : [new Paragraph({})],
    });
  const rows = pairs.map(
    ([left, right], index) =>
      new TableRow({
        cantSplit: true,
        // Each paragraph of the row not kept already (the name, the cell's end) gets it.
        ...(index < pairs.length - 1 || keepWithNext ? { keepNext: true } : {}),
        children: [cell(left, GUTTER), cell(right, 0)],
      }),
  );
  return new Table({
    width: { size: PAGE.body, type: WidthType.DXA },
    columnWidths: [COLUMN, COLUMN],
    borders: TableBorders.NONE,
    rows: keepWithNext && rows.length === 1 ? [...rows, keepingRow()] : rows,
  });
}

/**
 * An empty row, 1 pt high, kept with what follows. LibreOffice does not keep a table of a
 * single row that cannot split with the paragraph after it (Word does): with this row under
 * the signatures, « Copie : » stays on their page there too. Nothing of it shows.
 */
function keepingRow(): TableRow {
  const empty = () =>
    new TableCell({ width: { size: COLUMN, type: WidthType.DXA }, children: [new Paragraph({})] });
  return new TableRow({
    height: { value: 20, rule: HeightRule.EXACT },
    keepNext: true,
    children: [empty(), empty()],
  });
}

function signatureArea(block: SignatureBlock): (Paragraph | Table)[] {
  const caption = new Paragraph({
    keepNext: true,
    spacing: { before: mm(8) },
    children: runs(block.caption, { size: SIZE.signature, bold: true }),
  });
  // The name, last, is kept with what follows by its row (see `signaturesTable`).
  const line = (text: string, before = 0, keepNext = true) =>
    new Paragraph({
      ...(keepNext ? { keepNext: true } : {}),
      ...(before > 0 ? { spacing: { before } } : {}),
      children: runs(text, { size: SIZE.signature }),
    });
  const lines = block.lines.map((text) => line(text));
  // The head's signature, when placed: in the room to sign, left of the stamp's frame.
  const signature = block.signatureImage
    ? [
        new Paragraph({
          keepNext: true,
          children: [
            fittedImage(block.signatureImage, SIGNATURE, 'Signature', block.signatureImage.alt),
          ],
        }),
      ]
    : block.signedLine
      ? [line(block.signedLine, mm(4))]
      : [];
  // The room to sign: the stamp's frame, or one empty line exactly as tall as the room.
  const room =
    block.stamp === null
      ? new Paragraph({ keepNext: true, spacing: { line: ROOM, lineRule: LineRuleType.EXACT } })
      : stampFrame(block.stamp, block.stampImage);
  const under = block.stamp === null ? 0 : UNDER_STAMP;
  // A cell ends with a paragraph: an empty one when no name follows the stamp's frame.
  const end =
    block.name !== null
      ? [line(block.name, under, false)]
      : room instanceof Table
        ? [new Paragraph({})]
        : [];
  return [caption, ...lines, ...signature, room, ...end];
}

/**
 * The framed stamp area at the right of the column: its label at the top left, or the stamp
 * itself when the head placed it.
 */
function stampFrame(label: string, image: DocFigure | undefined): Table {
  const inside = image
    ? new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [fittedImage(image, STAMP_IMAGE, 'Cachet', image.alt)],
      })
    : new Paragraph({ children: runs(label, { size: SIZE.stamp }) });
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
            children: [inside],
          }),
        ],
      }),
    ],
  });
}
