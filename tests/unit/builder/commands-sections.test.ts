import { must } from './must';
import { describe, expect, it } from 'vitest';
import { blankModel } from '../../../src/lib/builder/start';
import {
  insertBlock,
  insertItem,
  insertSection,
  moveBlock,
  moveItem,
  moveSection,
  newBlock,
  newSection,
  removeBlock,
  removeItem,
  removeSection,
  setItem,
  setParagraph,
  setSectionTitle,
} from '../../../src/lib/builder/commands/sections';
import type { LetterType } from '../../../src/lib/schemas/letter-type';

const model = (): LetterType => Object.freeze(blankModel());
const items = (m: LetterType, s = 0, b = 0) => {
  const block = must(m.sections[s]?.blocks[b]);
  return block.type === 'list' ? block.items : [block.text];
};

describe('section commands', () => {
  it('add a section with a new id and one item to fill', () => {
    const start = model();
    const section = newSection('Organisation', start);
    const next = insertSection(section)(start);
    expect(next.sections.map((s) => s.id)).toEqual(['missions', 'organisation']);
    expect(next.sections[1]?.blocks).toEqual([{ type: 'list', items: [''] }]);
    expect(start.sections).toHaveLength(1);
    expect(newSection('Missions', start).id).toBe('missions2');
  });

  it('rename, move, remove and put back a section', () => {
    const two = insertSection(newSection('Organisation', model()))(model());
    const renamed = setSectionTitle(1, 'Calendrier')(two);
    expect(renamed.sections[1]?.title).toBe('Calendrier');
    const moved = moveSection(1, -1)(renamed);
    expect(moved.sections.map((s) => s.title)).toEqual(['Calendrier', 'Missions']);
    const removed = removeSection(0)(moved);
    expect(removed.sections.map((s) => s.title)).toEqual(['Missions']);
    expect(insertSection(must(moved.sections[0]), 0)(removed)).toEqual(moved);
  });

  it('add, edit, move and remove paragraphs', () => {
    const withParagraph = insertBlock(0, newBlock('paragraph'))(model());
    const written = setParagraph(
      0,
      1,
      'Le référent rend compte au conseil pédagogique.',
    )(withParagraph);
    expect(items(written, 0, 1)).toEqual(['Le référent rend compte au conseil pédagogique.']);
    const up = moveBlock(0, 1, -1)(written);
    expect(up.sections[0]?.blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(removeBlock(0, 0)(up).sections[0]?.blocks.map((b) => b.type)).toEqual(['list']);
    // A paragraph command leaves a list alone.
    expect(setParagraph(0, 0, 'x')(model())).toEqual(model());
  });

  it('add, edit, move and remove mission items', () => {
    const added = insertItem(0, 0)(model());
    const edited = setItem(0, 0, 1, 'Organiser une sortie au musée.')(added);
    expect(items(edited)).toEqual(['Mission confiée à {nom}.', 'Organiser une sortie au musée.']);
    const up = moveItem(0, 0, 1, -1)(edited);
    expect(items(up)).toEqual(['Organiser une sortie au musée.', 'Mission confiée à {nom}.']);
    const removed = removeItem(0, 0, 0)(up);
    expect(items(removed)).toEqual(['Mission confiée à {nom}.']);
    expect(insertItem(0, 0, 'Organiser une sortie au musée.', 0)(removed)).toEqual(up);
    expect(items(model())).toEqual(['Mission confiée à {nom}.']);
  });
});
