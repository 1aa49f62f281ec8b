import type { SignatureBlock } from '../document/model';
import { PAGE, STYLES, lineHeight, type DrawOp, type Measure, type TextStyle } from './page';
import { keepTogether, lineOp, type Row } from './rows';
import { wrapText } from './wrap';

/** Two columns, `GUTTER` millimetres apart. */
const GUTTER = 10;
const COLUMN = (PAGE.right - PAGE.left - GUTTER) / 2;
/** Room left blank under the printed lines, to sign by hand. */
const ROOM = 22;
/** The stamp area, at the right of the room, a little larger than a usual stamp (40 × 20 mm). */
const STAMP = { w: 45, h: 24 };

/**
 * Signature areas side by side, two per row, each with its caption, its lines and room to sign,
 * a framed stamp area when it has one. All the rows keep together: the signatures never split,
 * they move whole to the next page.
 */
export function signatureRows(blocks: readonly SignatureBlock[], measure: Measure): Row[] {
  const rows: Row[] = [];
  for (let index = 0; index < blocks.length; index += 2) {
    const pair = blocks.slice(index, index + 2).map((block, column) => {
      const x = PAGE.left + column * (COLUMN + GUTTER);
      return signatureOps(block, x, index + column, measure);
    });
    rows.push({
      height: Math.max(...pair.map((area) => area.height)),
      spaceBefore: index === 0 ? 8 : 6,
      ops: pair.flatMap((area) => area.ops),
      keepWithNext: 0,
    });
  }
  return keepTogether(rows);
}

/**
 * One area (the `index`th, a division of its own): caption in bold, printed lines, then the room
 * to sign and the stamp frame; the caption, each line and the stamp's label a paragraph.
 */
function signatureOps(
  block: SignatureBlock,
  x: number,
  index: number,
  measure: Measure,
): { ops: DrawOp[]; height: number } {
  const ops: DrawOp[] = [];
  const paragraph = (key: number) => [
    { role: 'Div', key: index } as const,
    { role: 'P', key } as const,
  ];
  let y = 0;
  const write = (text: string, style: TextStyle, key: number) => {
    for (const line of wrapText(text, COLUMN, style, measure)) {
      ops.push(lineOp(line, y, { style, x, width: COLUMN, tag: paragraph(key) }));
      y += lineHeight(style);
    }
  };
  write(block.caption, STYLES.signatureCaption, 0);
  block.lines.forEach((line, at) => write(line, STYLES.signature, at + 1));
  const room = y + 2;
  if (block.stamp !== null) {
    const frame = { x: x + COLUMN - STAMP.w, y: room, w: STAMP.w, h: STAMP.h };
    ops.push({ kind: 'rect', ...frame });
    const label = wrapText(block.stamp, STAMP.w - 3, STYLES.stamp, measure);
    label.forEach((line, index) => {
      const top = frame.y + 1 + index * lineHeight(STYLES.stamp);
      const spec = { style: STYLES.stamp, x: frame.x + 1.5, width: STAMP.w - 3 };
      ops.push(lineOp(line, top, { ...spec, tag: paragraph(block.lines.length + 1) }));
    });
    return { ops, height: room + Math.max(ROOM, STAMP.h) };
  }
  return { ops, height: room + ROOM };
}
