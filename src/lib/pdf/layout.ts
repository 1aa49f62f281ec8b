import type { DocBlock, LetterDocument } from '../document/model';
import { textBlockRows } from './blocks';
import { draftMarkOp } from './draft-mark';
import { paginate, type Pagination } from './paginate';
import { PAGE, STYLES, type Measure, type PageLayout } from './page';
import { withinElement, type Row } from './rows';
import { blockStep } from './tagged/roles';
import { signatureRows } from './signatures';
import { tableRows } from './table';

export type { DrawOp, FontFace, Measure, PageLayout } from './page';

/**
 * The letter laid out on A4 pages, as positioned drawing operations in millimetres: pure, so
 * it is tested with a fake `measure` and drawn by any renderer. Blocks become unbreakable rows,
 * pagination places them, then each page gets its number « n/N » in the footer and, for a
 * draft, « BROUILLON » across it, drawn first so that everything else is drawn over it.
 */
export function layoutDocument(doc: LetterDocument, measure: Measure): PageLayout[] {
  const { pages } = tightest(documentRows(doc.blocks, measure, doc.meta.author));
  const mark = doc.draft ? [draftMarkOp(measure)] : [];
  return pages.map((ops, index) => ({
    ops: [
      ...mark,
      ...ops,
      {
        kind: 'text',
        x: PAGE.width / 2,
        y: PAGE.footer,
        text: `${index + 1}/${pages.length}`,
        font: STYLES.footer.font,
        size: STYLES.footer.size,
        align: 'center',
      },
    ],
  }));
}

/**
 * Scales of the space between blocks tried, widest first, when the letter as set needs one page
 * more than it would with less space: down to 70 %, the text keeps its size and its leading.
 */
const TIGHTER = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7];

/**
 * The rows on pages with the spaces as set, unless slightly tighter spaces save a page (the
 * copies or a few lines spilling over): then the widest spacing that does, breaking no more
 * rules.
 */
function tightest(rows: readonly Row[]): Pagination {
  const set = paginate(rows);
  for (const spacing of TIGHTER) {
    const tight = paginate(rows, spacing);
    if (tight.pages.length < set.pages.length && tight.broken <= set.broken) return tight;
  }
  return set;
}

/**
 * Lines of text the last page carries at least above the signatures: never the signatures alone
 * with a line or two cut from their letter.
 */
const LINES_BEFORE_FOOT = 3;
/** A closing paragraph (or list item, table row) this long or shorter goes over whole. */
const CLOSING_LINES = 5;

/**
 * The rows of every block in order, each block's ops tagged with its element (the logo's
 * figure standing for the school, `author`). The foot of the letter (the signatures, then the
 * copy list) holds on to the text it closes: the last paragraph whole when short, and at least
 * three rows, so that it never opens a page alone; the copy list stays whole and with the last
 * signatures.
 */
function documentRows(blocks: readonly DocBlock[], measure: Measure, author: string): Row[] {
  const rows: Row[] = [];
  const alt = author || 'Logo de l’établissement';
  for (const [index, block] of blocks.entries()) {
    const own = withinElement(blockRows(block, measure), blockStep(block, index)).map((row) => ({
      ...row,
      ops: row.ops.map((op) => (op.kind === 'image' ? { ...op, alt: op.alt ?? alt } : op)),
    }));
    const foot = block.kind === 'signatures' || block.kind === 'copies';
    if (own.length > 0 && foot) {
      const last = rows.at(-1);
      if (last?.part === 'signatures') keepWithFoot(rows, 1);
      else if (last) keepWithFoot(rows, LINES_BEFORE_FOOT);
    }
    rows.push(...own);
  }
  return rows;
}

/**
 * The last rows so far kept with what comes next: `least` of them, and the whole last unit
 * (paragraph, item, table row) when it is short.
 */
function keepWithFoot(rows: Row[], least: number): void {
  const end = rows.length;
  const unit = rows.findLastIndex((row) => row.opens);
  let from = end - least;
  if (least > 1 && unit >= 0 && end - unit <= CLOSING_LINES) from = Math.min(from, unit);
  for (let index = Math.max(0, from); index < end; index += 1) {
    const row = rows[index];
    if (row) rows[index] = { ...row, keepWithNext: Math.max(row.keepWithNext, end - index) };
  }
}

function blockRows(block: DocBlock, measure: Measure): Row[] {
  if (block.kind === 'table') return tableRows(block, measure);
  if (block.kind === 'signatures') return signatureRows(block.blocks, measure);
  return textBlockRows(block, measure);
}
