import {
  AlignmentType,
  Document,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { LetterDocument } from '../document/model';
import { blockParts, keepsNext, tablesApart } from './blocks';
import { PAGE, SIZE, numbering, styles } from './styles';

/** What made the file, when the letter names no school. */
const MAKER = 'Lettres de mission';

/**
 * The letter as a Word document: the same document model as the PDF, block after block, on A4
 * with the PDF's margins, « Page n sur N » in the footer (Word fields, right after every edit),
 * and its properties: title, subject, the school as author, French as the text's language.
 * Pure: the document is only built here; `Packer` writes it (see `export.ts`).
 */
export function toDocx(doc: LetterDocument): Document {
  const school = doc.meta.author.trim();
  const logoAlt = `Logo de l’établissement${school ? `\u00a0: ${school}` : ''}`;
  return new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: school || MAKER,
    lastModifiedBy: school || MAKER,
    keywords: 'lettre de mission',
    styles,
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.margin,
              right: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              footer: PAGE.footer,
            },
          },
        },
        footers: { default: pageNumberFooter() },
        children: tablesApart(
          doc.blocks.flatMap((block, index) =>
            blockParts(block, logoAlt, keepsNext(block, doc.blocks[index + 1])),
          ),
        ),
      },
    ],
  });
}

/** « Page 1 sur 2 », centred, small. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: SIZE.footer,
            children: ['Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
