import type { DocBlock, DocImage } from '../document/model';
import { BODY_WIDTH, PAGE, STYLES, baseline, lineHeight, type Measure } from './page';
import { logoOp } from './logo';
import { keepTogether, lineOp, textRows, type LineSpec, type Row } from './rows';
import { wrapText } from './wrap';

/** Space above each kind of block, in millimetres. */
const SPACE = { title: 8, subtitle: 2, vu: 6, heading: 6, paragraph: 3, list: 2, copies: 6 };

const body = (style: LineSpec['style'], spaceBefore = 0): LineSpec => ({
  style,
  x: PAGE.left,
  width: BODY_WIDTH,
  spaceBefore,
});

/** Bullet column and text column of a list item: the text hangs clear of the bullet. */
const BULLET_X = PAGE.left + 3;
const ITEM_X = PAGE.left + 8;

/** The letterhead's two columns: the sender left, « Ville, le … » right. */
const SENDER_WIDTH = 95;
const DATE_WIDTH = 70;
/** Space between the logo and the sender lines under it. */
const LOGO_GAP = 3;

/** Rows of the blocks made of text: everything but the table and the signatures. */
export function textBlockRows(
  block: Exclude<DocBlock, { kind: 'table' | 'signatures' }>,
  measure: Measure,
): Row[] {
  switch (block.kind) {
    case 'letterhead':
      return [letterhead(block.sender, block.placeDate, block.logo, measure)];
    case 'title':
      return keepTogether(textRows(block.text, centred(STYLES.title, SPACE.title), measure));
    case 'subtitle':
      return textRows(block.text, centred(STYLES.subtitle, SPACE.subtitle), measure);
    case 'vu':
      return linesRows(block.lines, STYLES.vu, SPACE.vu, 0.6, measure);
    case 'heading':
      return headingRows(block.text, measure);
    case 'paragraph':
      return textRows(block.text, body(STYLES.body, SPACE.paragraph), measure);
    case 'list':
      return block.items.flatMap((item, index) =>
        itemRows(item, index, index === 0 ? SPACE.list + 1 : 1.5, measure),
      );
    case 'copies':
      // « Copie : » and its lines, never parted.
      return keepTogether(linesRows(block.lines, STYLES.copies, SPACE.copies, 0, measure)).map(
        (row) => ({ ...row, part: 'copies' as const }),
      );
  }
}

function centred(style: LineSpec['style'], spaceBefore: number): LineSpec {
  return { ...body(style, spaceBefore), align: 'center' };
}

/** A heading keeps its lines together and with the first two lines of what follows. */
function headingRows(text: string, measure: Measure): Row[] {
  const rows = textRows(text, body(STYLES.heading, SPACE.heading), measure);
  return rows.map((row, index) => ({ ...row, keepWithNext: rows.length - index + 1 }));
}

/** Short lines (« Vu … », copies), each wrapped on its own, `gap` apart, each a paragraph. */
function linesRows(
  lines: readonly string[],
  style: LineSpec['style'],
  spaceBefore: number,
  gap: number,
  measure: Measure,
): Row[] {
  return lines.flatMap((line, index) =>
    textRows(
      line,
      { ...body(style, index === 0 ? spaceBefore : gap), tag: [{ role: 'P', key: index }] },
      measure,
    ),
  );
}

/**
 * A list item: « • » in the margin of its first line (its label), every line at the text's
 * indent (its body).
 */
function itemRows(item: string, index: number, spaceBefore: number, measure: Measure): Row[] {
  const element = { role: 'LI', key: index } as const;
  const spec: LineSpec = {
    style: STYLES.body,
    x: ITEM_X,
    width: PAGE.right - ITEM_X,
    spaceBefore,
    tag: [element, { role: 'LBody', key: 0 }],
  };
  const [first, ...rest] = textRows(item, spec, measure);
  if (!first) return [];
  const bullet = lineOp('•', 0, {
    style: STYLES.body,
    x: BULLET_X,
    width: 4,
    tag: [element, { role: 'Lbl', key: 0 }],
  });
  return [{ ...first, ops: [bullet, ...first.ops] }, ...rest];
}

/**
 * The letterhead as one row: both columns side by side, as tall as the longer one. The logo,
 * when there is one, tops the left column (a figure), the sender lines below it, then
 * « Ville, le … »: each line a paragraph.
 */
function letterhead(
  sender: readonly string[],
  placeDate: string,
  logo: DocImage | undefined,
  measure: Measure,
): Row {
  const ops: Row['ops'] = [];
  const image = logo ? logoOp(logo, PAGE.left, 0) : null;
  if (image) ops.push({ ...image, tag: [{ role: 'Figure', key: 0 }] });
  const top = image ? image.h + LOGO_GAP : 0;
  let left = top;
  sender.forEach((line, index) => {
    const style = index === 0 ? STYLES.senderFirst : STYLES.sender;
    const tag = [{ role: 'P', key: index }] as const;
    for (const wrapped of wrapText(line, SENDER_WIDTH, style, measure)) {
      ops.push(lineOp(wrapped, left, { style, x: PAGE.left, width: SENDER_WIDTH, tag }));
      left += lineHeight(style);
    }
  });
  // The date's first baseline on the sender's first baseline, whatever their sizes.
  let right = top + baseline(STYLES.senderFirst) - baseline(STYLES.placeDate);
  const dateSpec: LineSpec = {
    style: STYLES.placeDate,
    x: PAGE.right - DATE_WIDTH,
    width: DATE_WIDTH,
    align: 'right',
    tag: [{ role: 'P', key: sender.length }],
  };
  for (const wrapped of wrapText(placeDate, DATE_WIDTH, STYLES.placeDate, measure)) {
    ops.push(lineOp(wrapped, right, dateSpec));
    right += lineHeight(STYLES.placeDate);
  }
  return { height: Math.max(left, right), spaceBefore: 0, ops, keepWithNext: 0 };
}
