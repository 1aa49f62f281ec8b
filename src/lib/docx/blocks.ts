import { AlignmentType, HeadingLevel, Paragraph, type Table } from 'docx';
import type { DocBlock } from '../document/model';
import { impTable } from './imp-table';
import { letterheadTable } from './letterhead';
import { runs } from './runs';
import { signaturesTable } from './signatures';
import { BULLETS, SIZE, mm } from './styles';

/** What a block becomes in the body of the DOCX. */
export type BodyPart = Paragraph | Table;

/**
 * One block of the letter as Word paragraphs and tables, with the PDF's texts exactly and its
 * structure made real: the title a « Titre 1 », section headings « Titre 2 », mission items a
 * bulleted list, the IMP table a table with a header row. `logoAlt` is the logo's alternative
 * text; `keepWithNext` keeps a paragraph on the page of what follows (the signatures, which
 * never open a page alone, as in the PDF). Pure: builds docx objects, writes nothing.
 */
export function blockParts(block: DocBlock, logoAlt: string, keepWithNext = false): BodyPart[] {
  switch (block.kind) {
    case 'letterhead':
      return [letterheadTable(block, logoAlt)];
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(block.text) })];
    case 'subtitle':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: mm(2) },
          children: runs(block.text, { size: SIZE.subtitle }),
        }),
      ];
    case 'vu':
      return lines(block.lines, SIZE.vu, mm(6));
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { before: mm(3) },
          ...(keepWithNext ? { keepNext: true } : {}),
          children: runs(block.text),
        }),
      ];
    case 'list':
      return block.items.map(
        (item, index) =>
          new Paragraph({
            numbering: { reference: BULLETS, level: 0 },
            spacing: { before: index === 0 ? mm(3) : mm(1.5) },
            children: runs(item),
          }),
      );
    case 'table':
      return impTable(block);
    case 'signatures':
      return block.blocks.length > 0 ? [signaturesTable(block.blocks)] : [];
    case 'copies':
      return lines(block.lines, SIZE.copies, mm(6));
  }
}

/** Short lines (« Vu … », copies), one paragraph each, close together. */
function lines(texts: readonly string[], size: number, before: number): Paragraph[] {
  return texts.map(
    (text, index) =>
      new Paragraph({
        spacing: { before: index === 0 ? before : 0 },
        children: runs(text, { size }),
      }),
  );
}
