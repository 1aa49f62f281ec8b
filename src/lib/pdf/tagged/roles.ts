import type { DocBlock } from '../../document/model';

/**
 * Standard structure types (ISO 32000-1, 14.8.4) a tagged PDF gives what the layout draws:
 * readers and screen readers know them without a role map.
 */
export type StructRole =
  | 'Div'
  | 'H1'
  | 'H2'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'Caption'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure';

/**
 * One element on the way from a block down to what is drawn: its role, and a key that tells it
 * from its siblings of the same role (the item's, row's or column's index). Two ops with the same
 * steps belong to the same element, on one page or several.
 */
export interface StructStep {
  role: StructRole;
  key: number;
}

/**
 * What each kind of block is: the letter's title its only first-level heading, section headings
 * below it, the « Vu » and copy lines and the letterhead groups of paragraphs.
 */
const BLOCK_ROLES: Record<DocBlock['kind'], StructRole> = {
  letterhead: 'Div',
  title: 'H1',
  subtitle: 'P',
  vu: 'Div',
  heading: 'H2',
  paragraph: 'P',
  list: 'L',
  table: 'Table',
  signatures: 'Div',
  copies: 'Div',
};

/** The element of the `index`th block of a letter. */
export function blockStep(block: DocBlock, index: number): StructStep {
  return { role: BLOCK_ROLES[block.kind], key: index };
}
