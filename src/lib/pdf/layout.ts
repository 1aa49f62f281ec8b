import type { DocBlock, LetterDocument } from '../document/model';
import { textBlockRows } from './blocks';
import { draftMarkOp } from './draft-mark';
import { paginate } from './paginate';
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
  const pages = paginate(documentRows(doc.blocks, measure, doc.meta.author));
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
 * The rows of every block in order, each block's ops tagged with its element (the logo's
 * figure standing for the school, `author`). The signatures hold on to the row before them, the
 * last line of the last paragraph (which keeps the line above it): they never open a page
 * alone, cut from the text they sign.
 */
function documentRows(blocks: readonly DocBlock[], measure: Measure, author: string): Row[] {
  const rows: Row[] = [];
  const alt = author || 'Logo de l’établissement';
  for (const [index, block] of blocks.entries()) {
    const own = withinElement(blockRows(block, measure), blockStep(block, index)).map((row) => ({
      ...row,
      ops: row.ops.map((op) => (op.kind === 'image' ? { ...op, alt } : op)),
    }));
    const last = rows.at(-1);
    if (block.kind === 'signatures' && own.length > 0 && last) {
      rows[rows.length - 1] = { ...last, keepWithNext: Math.max(last.keepWithNext, 1) };
    }
    rows.push(...own);
  }
  return rows;
}

function blockRows(block: DocBlock, measure: Measure): Row[] {
  if (block.kind === 'table') return tableRows(block, measure);
  if (block.kind === 'signatures') return signatureRows(block.blocks, measure);
  return textBlockRows(block, measure);
}
