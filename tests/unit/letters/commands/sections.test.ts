import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addSection,
  moveSection,
  newBlock,
  newSection,
  removeBlockUndoable,
  removeSectionUndoable,
  resetLetter,
  resetSection,
  setParagraphText,
  setSectionTitle,
} from '../../../../src/lib/letters/commands/sections';
import { setValue } from '../../../../src/lib/letters/commands/values';
import type { Letter } from '../../../../src/lib/schemas/letter';
import { fixtureType, idMaker, makeLetter } from '../../../fixtures/make-letter';

/** The fixture letter with a second section the user added, titled « Suivi ». */
function twoSections(): Letter {
  const letter = makeLetter();
  addSection({ ...newSection(idMaker('n')), title: 'Suivi' })(letter);
  return letter;
}

const titles = (letter: Letter) => letter.sections.map((section) => section.title);

describe('section commands', () => {
  it('add a new section at the end, with an empty mission to fill', () => {
    const letter = twoSections();
    expect(titles(letter)).toEqual(['Missions', 'Suivi']);
    expect(letter.sections[1]?.blocks).toEqual([
      { type: 'list', id: 'n-2', items: [{ id: 'n-3', text: '' }] },
    ]);
    expect(letter.sections[1]?.modelSection).toBeNull();
  });

  it('move a section, not past either end', () => {
    const letter = twoSections();
    const suivi = letter.sections[1]?.id ?? '';
    moveSection(suivi, -1)(letter);
    expect(titles(letter)).toEqual(['Suivi', 'Missions']);
    moveSection(suivi, -1)(letter);
    expect(titles(letter)).toEqual(['Suivi', 'Missions']);
  });

  it('set a title, add blocks, set a paragraph’s text', () => {
    const letter = makeLetter();
    const id = letter.sections[0]?.id ?? '';
    setSectionTitle(id, 'Objectifs')(letter);
    const paragraph = newBlock('paragraph', idMaker('p'));
    addBlock(id, paragraph)(letter);
    setParagraphText(id, paragraph.id, 'Un texte.')(letter);
    addBlock(id, newBlock('list', idMaker('q')))(letter);
    expect(letter.sections[0]?.title).toBe('Objectifs');
    expect(letter.sections[0]?.blocks.slice(1)).toEqual([
      { type: 'paragraph', id: 'p-1', text: 'Un texte.' },
      { type: 'list', id: 'q-1', items: [{ id: 'q-2', text: '' }] },
    ]);
  });

  it('reset a section to its model, and not a section the user added', () => {
    const letter = twoSections();
    const [missions, suivi] = letter.sections.map((section) => section.id);
    setSectionTitle(missions ?? '', 'Changé')(letter);
    resetSection(missions ?? '', fixtureType, idMaker('r'))(letter);
    resetSection(suivi ?? '', fixtureType, idMaker('r'))(letter);
    expect(titles(letter)).toEqual(['Missions', 'Suivi']);
  });

  it('reset the whole letter, keeping the blanks', () => {
    const letter = twoSections();
    setValue('nom', 'Curie')(letter);
    resetLetter(fixtureType, idMaker('r'))(letter);
    expect(titles(letter)).toEqual(['Missions']);
    expect(letter.values['nom']).toBe('Curie');
  });
});

describe('undoing a removal', () => {
  it('puts a removed section back at its place', () => {
    const letter = twoSections();
    const before = structuredClone(letter);
    const removal = removeSectionUndoable(letter.sections[0] ?? newSection(), 0);
    removal.change(letter);
    expect(titles(letter)).toEqual(['Suivi']);
    removal.undo(letter);
    expect(letter).toEqual(before);
  });

  it('puts a removed paragraph back at its place in its section', () => {
    const letter = makeLetter();
    const section = letter.sections[0];
    if (!section) throw new Error('fixture changed');
    addBlock(section.id, { type: 'paragraph', id: 'p', text: 'Un texte.' })(letter);
    addBlock(section.id, newBlock('list', idMaker('q')))(letter);
    const before = structuredClone(letter);
    const removal = removeBlockUndoable(section, 'p');
    removal?.change(letter);
    expect(section.blocks.map((block) => block.id)).not.toContain('p');
    removal?.undo(letter);
    expect(letter).toEqual(before);
    expect(removeBlockUndoable(section, 'nope')).toBeNull();
  });
});
