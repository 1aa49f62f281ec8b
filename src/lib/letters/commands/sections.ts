import type { Letter, LetterBlock, LetterSection } from '../../schemas/letter';
import type { LetterType } from '../../schemas/letter-type';
import type { LetterChange } from '../change';
import { insertAfter, move, removeAt } from '../edit';
import { modelSection, resetToModel } from '../reset';
import { newId } from '../../ids/new-id';
import { copyOf, type UndoableChange } from './undoable';

/** Title given to a section the user adds, until they type one. */
export const NEW_SECTION_TITLE = 'Nouvelle section';

/** A new section, ready to fill: its title and one list with an empty mission. */
export function newSection(makeId: () => string = newId): LetterSection {
  return {
    id: makeId(),
    title: NEW_SECTION_TITLE,
    modelSection: null,
    blocks: [{ type: 'list', id: makeId(), items: [{ id: makeId(), text: '' }] }],
  };
}

/** A new block of the kind asked: an empty paragraph, or a list with one empty mission. */
export function newBlock(type: LetterBlock['type'], makeId: () => string = newId): LetterBlock {
  return type === 'paragraph'
    ? { type: 'paragraph', id: makeId(), text: '' }
    : { type: 'list', id: makeId(), items: [{ id: makeId(), text: '' }] };
}

const sectionIndex = (letter: Letter, sectionId: string) =>
  letter.sections.findIndex((section) => section.id === sectionId);

/** Runs `edit` on the section `sectionId`; nothing when it is gone. */
function onSection(sectionId: string, edit: (section: LetterSection) => void): LetterChange {
  return (letter) => {
    const section = letter.sections.find((candidate) => candidate.id === sectionId);
    if (section) edit(section);
  };
}

/** Adds `section` at the end of the body. */
export function addSection(section: LetterSection): LetterChange {
  return (letter) => {
    letter.sections.push(copyOf(section));
  };
}

/** Moves a section up (−1) or down (+1); nothing at either end. */
export function moveSection(sectionId: string, delta: -1 | 1): LetterChange {
  return (letter) => void move(letter.sections, sectionIndex(letter, sectionId), delta);
}

/** Removes a section. */
export function removeSection(sectionId: string): LetterChange {
  return (letter) => void removeAt(letter.sections, sectionIndex(letter, sectionId));
}

/** Puts `section` back at `index` (clamped): the undo of a removal. */
export function restoreSection(index: number, section: LetterSection): LetterChange {
  return (letter) => void insertAfter(letter.sections, index - 1, copyOf(section));
}

/**
 * Removes `section`, found at `index` in the letter as displayed (read, not changed), with what
 * puts it back at its place.
 */
export function removeSectionUndoable(section: LetterSection, index: number): UndoableChange {
  return { change: removeSection(section.id), undo: restoreSection(index, copyOf(section)) };
}

/** Puts the model's version of a section back; nothing for a section the user added. */
export function resetSection(
  sectionId: string,
  model: LetterType,
  makeId: () => string = newId,
): LetterChange {
  return (letter) => {
    const index = sectionIndex(letter, sectionId);
    const current = letter.sections[index];
    const fresh = current ? modelSection(current, model, makeId) : null;
    if (fresh) letter.sections[index] = fresh;
  };
}

/** The whole text back to the model; the blanks, heading and IMP numbers stay (`resetToModel`). */
export function resetLetter(model: LetterType, makeId: () => string = newId): LetterChange {
  return (letter) => {
    Object.assign(letter, resetToModel(copyOf(letter), model, makeId));
  };
}

/** Sets a section's heading. */
export function setSectionTitle(sectionId: string, title: string): LetterChange {
  return onSection(sectionId, (section) => {
    section.title = title;
  });
}

/** Adds `block` (a paragraph or a list) at the end of a section. */
export function addBlock(sectionId: string, block: LetterBlock): LetterChange {
  return onSection(sectionId, (section) => void section.blocks.push(copyOf(block)));
}

/** Sets the text of a paragraph of a section. */
export function setParagraphText(sectionId: string, blockId: string, text: string): LetterChange {
  return onSection(sectionId, (section) => {
    const block = section.blocks.find((candidate) => candidate.id === blockId);
    if (block?.type === 'paragraph') block.text = text;
  });
}

/** Removes a block (paragraph or list) of a section. */
export function removeBlock(sectionId: string, blockId: string): LetterChange {
  return onSection(sectionId, (section) => {
    removeAt(
      section.blocks,
      section.blocks.findIndex((block) => block.id === blockId),
    );
  });
}

/** Puts `block` back at `index` (clamped) in a section: the undo of a removal. */
export function restoreBlock(sectionId: string, index: number, block: LetterBlock): LetterChange {
  return onSection(sectionId, (section) => {
    insertAfter(section.blocks, index - 1, copyOf(block));
  });
}

/**
 * Removes the block `blockId` of `section` (as displayed: read, not changed), with what puts it
 * back at its place; null when it is not there.
 */
export function removeBlockUndoable(
  section: LetterSection,
  blockId: string,
): UndoableChange | null {
  const index = section.blocks.findIndex((block) => block.id === blockId);
  const block = section.blocks[index];
  if (!block) return null;
  return {
    change: removeBlock(section.id, blockId),
    undo: restoreBlock(section.id, index, copyOf(block)),
  };
}
