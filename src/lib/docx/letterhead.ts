import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import type { DocBlock, DocImage } from '../document/model';
import { PAGE, SIZE, mm } from './styles';
import { runs } from './runs';
import { fittedImage, pixelBox } from './images';

type Letterhead = Extract<DocBlock, { kind: 'letterhead' }>;

/** The PDF's letterhead columns: the sender on 95 mm at the left, the date on the rest. */
const SENDER = mm(95);
const DATE = PAGE.body - SENDER;

/** The box the logo fits in, as in the PDF: 5 cm wide, 2.5 cm high at most. */
const LOGO_BOX = pixelBox(50, 25);

/**
 * The top of the letter as a table without borders, one row of two cells: the logo and the
 * sender lines (the first in bold) on the left, « Ville, le … » on the right. Read left then
 * right, as the PDF is read. `alt` is the logo's alternative text.
 */
export function letterheadTable(block: Letterhead, alt: string): Table {
  const sender = block.sender.map(
    (line, index) =>
      new Paragraph({ children: runs(line, { size: SIZE.sender, bold: index === 0 }) }),
  );
  const logo = block.logo ? [logoParagraph(block.logo, alt)] : [];
  const date = new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: runs(block.placeDate, { size: SIZE.placeDate }),
  });
  return new Table({
    width: { size: PAGE.body, type: WidthType.DXA },
    columnWidths: [SENDER, DATE],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: SENDER, type: WidthType.DXA },
            children: [...logo, ...sender],
          }),
          new TableCell({ width: { size: DATE, type: WidthType.DXA }, children: [date] }),
        ],
      }),
    ],
  });
}

/** The logo, as large as fits in its box with its aspect ratio kept, with its alternative text. */
function logoParagraph(logo: DocImage, alt: string): Paragraph {
  return new Paragraph({
    spacing: { after: mm(3) },
    children: [fittedImage(logo, LOGO_BOX, 'Logo', alt)],
  });
}
