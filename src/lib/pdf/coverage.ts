import type { DocBlock, LetterDocument } from '../document/model';

/** Every text a block prints. */
export function blockTexts(block: DocBlock): string[] {
  switch (block.kind) {
    case 'letterhead':
      return [...block.sender, block.placeDate];
    case 'title':
    case 'subtitle':
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'vu':
    case 'copies':
      return block.lines;
    case 'list':
      return block.items;
    case 'table':
      return [block.caption, ...block.columns, ...block.rows.flat()];
    case 'signatures':
      return block.blocks.flatMap((area) => [
        area.caption,
        ...area.lines,
        ...(area.name === null ? [] : [area.name]),
        ...(area.stamp === null ? [] : [area.stamp]),
      ]);
  }
}

/**
 * The distinct characters the letter prints that the font does not draw, in order of first
 * appearance: the UI names them instead of letting the PDF show blanks or boxes. Line breaks
 * are not drawn, so not checked; texts are composed (NFC) as the layout composes them.
 */
export function missingCharacters(doc: LetterDocument, covered: string): string[] {
  const known = new Set(covered);
  const missing = new Set<string>();
  for (const text of doc.blocks.flatMap(blockTexts)) {
    for (const char of text.normalize('NFC')) {
      if (char !== '\n' && char !== '\r' && !known.has(char)) missing.add(char);
    }
  }
  return [...missing];
}
