import type { SignatureBlock } from '../document/model';
import { PAGE, STYLES, lineHeight, type DrawOp, type Measure, type TextStyle } from './page';
import { keepTogether, lineOp, type Row } from './rows';
import { wrapText } from './wrap';
import { fitImage } from './logo';

/** Two columns, `GUTTER` millimetres apart. */
const GUTTER = 10;
const COLUMN = (PAGE.right - PAGE.left - GUTTER) / 2;
/**
 * Room left blank between the signatory's title and their name, to sign by hand: about 25 mm, as
 * a signed French letter leaves (see `content/SOURCES.md`, « Présentation des lettres »).
 */
const SIGNING_ROOM = 25;
/** Space between the lines above the room and the room itself. */
const ROOM_GAP = 1;
/**
 * The stamp area, at the right of the room to sign, beside the signature: a little larger than a
 * usual stamp (40 × 20 mm), and within the room's height.
 */
const STAMP = { w: 45, h: 24 };
/** The most a signature image takes in the room to sign: within its height, left of the stamp. */
const SIGNATURE = { w: 60, h: SIGNING_ROOM - 1 };

/**
 * Signature areas side by side, two per row, each with its caption, its lines, room to sign (the
 * stamp frame at its right when there is one) and the name under it. All the rows keep together:
 * the signatures never split, they move whole to the next page.
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
      part: 'signatures',
    });
  }
  return keepTogether(rows);
}

/**
 * One area (the `index`th, a division of its own): caption in bold, printed lines, the room to
 * sign with the stamp frame, then the name; the caption, each line, the stamp's label and the
 * name a paragraph, in that reading order.
 */
function signatureOps(
  block: SignatureBlock,
  x: number,
  index: number,
  measure: Measure,
): { ops: DrawOp[]; height: number } {
  const ops: DrawOp[] = [];
  let key = 0;
  const paragraph = () => [
    { role: 'Div', key: index } as const,
    { role: 'P', key: key++ } as const,
  ];
  let y = 0;
  const write = (text: string, style: TextStyle) => {
    const tag = paragraph();
    for (const line of wrapText(text, COLUMN, style, measure)) {
      ops.push(lineOp(line, y, { style, x, width: COLUMN, tag }));
      y += lineHeight(style);
    }
  };
  write(block.caption, STYLES.signatureCaption);
  for (const line of block.lines) write(line, STYLES.signature);
  const room = y + ROOM_GAP;
  const figure = () => [
    { role: 'Div', key: index } as const,
    { role: 'Figure', key: key++ } as const,
  ];
  if (block.signatureImage) {
    // Left of the stamp's frame, in the room to sign, as a hand would sign.
    const width = block.stamp === null ? SIGNATURE.w : Math.min(SIGNATURE.w, COLUMN - STAMP.w - 2);
    const box = { x, y: room, w: width, h: SIGNATURE.h };
    const { alt } = block.signatureImage;
    ops.push({ ...fitImage(block.signatureImage, box, 'signature'), tag: figure(), alt });
  }
  const frame =
    block.stamp === null ? null : { x: x + COLUMN - STAMP.w, y: room, w: STAMP.w, h: STAMP.h };
  if (frame) ops.push({ kind: 'rect', ...frame });
  if (block.signedLine && !block.signatureImage) {
    // The typed signature, where the hand would sign: left of the stamp's frame.
    const tag = paragraph();
    const width = frame ? COLUMN - STAMP.w - 2 : COLUMN;
    const style = STYLES.signature;
    wrapText(block.signedLine, width, style, measure).forEach((line, at) => {
      ops.push(lineOp(line, room + 6 + at * lineHeight(style), { style, x, width, tag }));
    });
  }
  if (frame && block.stampImage) {
    // The stamp itself fills its frame: its label would only be printed under it.
    const box = { x: frame.x + 1, y: frame.y + 1, w: frame.w - 2, h: frame.h - 2 };
    const { alt } = block.stampImage;
    ops.push({ ...fitImage(block.stampImage, box, 'stamp'), tag: figure(), alt });
  } else if (frame && block.stamp !== null) {
    const tag = paragraph();
    const label = wrapText(block.stamp, STAMP.w - 3, STYLES.stamp, measure);
    label.forEach((line, at) => {
      const top = frame.y + 1 + at * lineHeight(STYLES.stamp);
      ops.push(
        lineOp(line, top, { style: STYLES.stamp, x: frame.x + 1.5, width: STAMP.w - 3, tag }),
      );
    });
  }
  y = room + Math.max(SIGNING_ROOM, block.stamp === null ? 0 : STAMP.h);
  if (block.name !== null) write(block.name, STYLES.signature);
  return { ops, height: y };
}
