import type { DocBlock, LetterDocument } from '../document/model';
import { textBlockRows } from './blocks';
import { paginate } from './paginate';
import { PAGE, STYLES, type Measure, type PageLayout } from './page';
import type { Row } from './rows';
import { signatureRows } from './signatures';
import { tableRows } from './table';

export type { DrawOp, FontFace, Measure, PageLayout } from './page';

/**
 * The letter laid out on A4 pages, as positioned drawing operations in millimetres: pure, so
 * it is tested with a fake `measure` and drawn by any renderer. Blocks become unbreakable rows,
 * pagination places them, then each page gets its number « n/N » in the footer.
 */
export function layoutDocument(doc: LetterDocument, measure: Measure): PageLayout[] {
  const rows = doc.blocks.flatMap((block) => blockRows(block, measure));
  const pages = paginate(rows);
  return pages.map((ops, index) => ({
    ops: [
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

function blockRows(block: DocBlock, measure: Measure): Row[] {
  if (block.kind === 'table') return tableRows(block, measure);
  if (block.kind === 'signatures') return signatureRows(block.blocks, measure);
  return textBlockRows(block, measure);
}
