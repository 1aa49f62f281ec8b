import type { Block, LetterType, Section } from '../../schemas/letter-type';
import type { Direction, ModelCommand } from './command';
import { insertAt, moveAt, removeAt, updateAt } from './list';
import { newFieldId } from './new-id';

/** A new section titled `title`, with one list of one item to fill. */
export function newSection(title: string, model: LetterType): Section {
  return {
    id: newFieldId(
      title,
      model.sections.map((section) => section.id),
      'section',
    ),
    title,
    titleAdded: false,
    blocks: [{ type: 'list', items: [''] }],
  };
}

/** Adds `section` at the end (or at `index`, to put back a removed one). */
export function insertSection(section: Section, index = Number.POSITIVE_INFINITY): ModelCommand {
  return (model) => ({ ...model, sections: insertAt(model.sections, index, section) });
}

/** Sets the heading of the section at `index`. */
export function setSectionTitle(index: number, title: string): ModelCommand {
  return updateSection(index, (section) => ({ ...section, title }));
}

/** Moves the section at `index` up or down. */
export function moveSection(index: number, direction: Direction): ModelCommand {
  return (model) => ({ ...model, sections: moveAt(model.sections, index, direction) });
}

/** Removes the section at `index`. */
export function removeSection(index: number): ModelCommand {
  return (model) => ({ ...model, sections: removeAt(model.sections, index) });
}

/** A new block: a paragraph, or a list with one item. */
export function newBlock(type: Block['type']): Block {
  return type === 'paragraph' ? { type, text: '' } : { type, items: [''] };
}

/** Adds `block` to section `s` at the end (or at `index`, to put back a removed one). */
export function insertBlock(
  s: number,
  block: Block,
  index = Number.POSITIVE_INFINITY,
): ModelCommand {
  return updateBlocks(s, (blocks) => insertAt(blocks, index, block));
}

/** Sets the text of the paragraph `b` of section `s`. */
export function setParagraph(s: number, b: number, text: string): ModelCommand {
  return updateBlocks(s, (blocks) =>
    updateAt(blocks, b, (block) => (block.type === 'paragraph' ? { ...block, text } : block)),
  );
}

/** Moves block `b` of section `s` up or down. */
export function moveBlock(s: number, b: number, direction: Direction): ModelCommand {
  return updateBlocks(s, (blocks) => moveAt(blocks, b, direction));
}

/** Removes block `b` of section `s`. */
export function removeBlock(s: number, b: number): ModelCommand {
  return updateBlocks(s, (blocks) => removeAt(blocks, b));
}

/** Adds an item to list `b` of section `s` at the end (or at `index`, to put one back). */
export function insertItem(
  s: number,
  b: number,
  text = '',
  index = Number.POSITIVE_INFINITY,
): ModelCommand {
  return updateItems(s, b, (items) => insertAt(items, index, text));
}

/** Sets item `i` of list `b` of section `s`. */
export function setItem(s: number, b: number, i: number, text: string): ModelCommand {
  return updateItems(s, b, (items) => updateAt(items, i, () => text));
}

/** Moves item `i` of list `b` of section `s` up or down. */
export function moveItem(s: number, b: number, i: number, direction: Direction): ModelCommand {
  return updateItems(s, b, (items) => moveAt(items, i, direction));
}

/** Removes item `i` of list `b` of section `s`. */
export function removeItem(s: number, b: number, i: number): ModelCommand {
  return updateItems(s, b, (items) => removeAt(items, i));
}

function updateSection(index: number, update: (section: Section) => Section): ModelCommand {
  return (model) => ({ ...model, sections: updateAt(model.sections, index, update) });
}

function updateBlocks(s: number, update: (blocks: Block[]) => Block[]): ModelCommand {
  return updateSection(s, (section) => ({ ...section, blocks: update(section.blocks) }));
}

function updateItems(s: number, b: number, update: (items: string[]) => string[]): ModelCommand {
  return updateBlocks(s, (blocks) =>
    updateAt(blocks, b, (block) =>
      block.type === 'list' ? { ...block, items: update(block.items) } : block,
    ),
  );
}
