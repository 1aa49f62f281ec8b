import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, Table } from 'docx';
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
 * text; `keepWithNext` keeps the block's end on the page of what follows (see `keepsNext`).
 * Pure: builds docx objects, writes nothing.
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
      return lines(block.lines, SIZE.vu, mm(6), keepWithNext);
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
            ...(keepWithNext && index === block.items.length - 1 ? { keepNext: true } : {}),
            children: runs(item),
          }),
      );
    case 'table':
      return impTable(block, keepWithNext);
    case 'signatures':
      return block.blocks.length > 0 ? [signaturesTable(block.blocks, keepWithNext)] : [];
    case 'copies':
      // « Copie : » and its list are never parted.
      return lines(block.lines, SIZE.copies, mm(6), false, true);
  }
}

/**
 * The parts with a blank paragraph, 1 mm high, between two tables that would touch (the IMP
 * table, then the signatures, when no note comes between): Word and LibreOffice join touching
 * tables into one, which would make the signatures rows of the IMP table, under its header row
 * repeated atop their page. The blank keeps what follows, as the table before it does.
 */
export function tablesApart(parts: readonly BodyPart[]): BodyPart[] {
  return parts.flatMap((part, index) =>
    part instanceof Table && parts[index + 1] instanceof Table
      ? [
          part,
          new Paragraph({
            keepNext: true,
            spacing: { line: mm(1), lineRule: LineRuleType.EXACT },
          }),
        ]
      : [part],
  );
}

/**
 * Whether a block keeps its end on the page of the next, as the PDF does: what comes right
 * before the signatures (they never open a page alone, cut from the text they sign), and the
 * signatures before the copy list (« Copie : » never opens a page alone, nor leaves the last
 * signature).
 */
export function keepsNext(block: DocBlock, next: DocBlock | undefined): boolean {
  if (next?.kind === 'signatures') return next.blocks.length > 0;
  return block.kind === 'signatures' && block.blocks.length > 0 && next?.kind === 'copies';
}

/**
 * Short lines (« Vu … », copies), one paragraph each, close together. The last keeps what
 * follows when `keepWithNext`; all of them stay on one page when `together`.
 */
function lines(
  texts: readonly string[],
  size: number,
  before: number,
  keepWithNext = false,
  together = false,
): Paragraph[] {
  return texts.map((text, index) => {
    const keepNext = index < texts.length - 1 ? together : keepWithNext;
    return new Paragraph({
      spacing: { before: index === 0 ? before : 0 },
      ...(keepNext ? { keepNext: true } : {}),
      ...(together ? { keepLines: true } : {}),
      children: runs(text, { size }),
    });
  });
}
