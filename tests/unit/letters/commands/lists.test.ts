import { describe, expect, it } from 'vitest';
import {
  insertItem,
  itemsOf,
  moveItem,
  removeItem,
  removeItemUndoable,
  setItemText,
  type ListRef,
} from '../../../../src/lib/letters/commands/lists';
import type { Letter } from '../../../../src/lib/schemas/letter';
import { makeLetter } from '../../../fixtures/make-letter';

/** The décrochage fixture with three missions in its first list, and a reference to it. */
function withMissions(): { letter: Letter; ref: ListRef; texts: () => string[] } {
  const letter = makeLetter();
  const section = letter.sections[0];
  const block = section?.blocks[0];
  if (!section || block?.type !== 'list') throw new Error('fixture changed');
  block.items.push({ id: 'third', text: 'Accompagner.' });
  const ref: ListRef = { part: 'section', sectionId: section.id, blockId: block.id };
  const texts = () => (itemsOf(letter, ref) ?? []).map((item) => item.text);
  return { letter, ref, texts };
}

const idAt = (letter: Letter, ref: ListRef, index: number) =>
  itemsOf(letter, ref)?.[index]?.id ?? '';

describe('a list reference', () => {
  it('finds the letter’s own lists and a section’s list', () => {
    const { letter, ref } = withMissions();
    expect(itemsOf(letter, { part: 'copies' })).toBe(letter.copies);
    expect(itemsOf(letter, ref)?.length).toBe(3);
  });

  it('finds nothing once the section is gone, and commands then do nothing', () => {
    const { letter, ref } = withMissions();
    const id = idAt(letter, ref, 0);
    letter.sections = [];
    expect(itemsOf(letter, ref)).toBeUndefined();
    expect(() => setItemText(ref, id, 'x')(letter)).not.toThrow();
  });
});

describe('item commands', () => {
  it('set the text of the item named by its id', () => {
    const { letter, ref, texts } = withMissions();
    setItemText(ref, idAt(letter, ref, 1), 'Suivre les élèves.')(letter);
    expect(texts()).toEqual(['Repérer.', 'Suivre les élèves.', 'Accompagner.']);
  });

  it('move an item by one place, and not past either end', () => {
    const { letter, ref, texts } = withMissions();
    moveItem(ref, idAt(letter, ref, 2), -1)(letter);
    expect(texts()).toEqual(['Repérer.', 'Accompagner.', 'Suivre.']);
    moveItem(ref, idAt(letter, ref, 0), -1)(letter);
    expect(texts()).toEqual(['Repérer.', 'Accompagner.', 'Suivre.']);
  });

  it('insert after an item, or at the end', () => {
    const { letter, ref, texts } = withMissions();
    insertItem(ref, idAt(letter, ref, 0), { id: 'new-1', text: 'A' })(letter);
    insertItem(ref, null, { id: 'new-2', text: 'B' })(letter);
    expect(texts()).toEqual(['Repérer.', 'A', 'Suivre.', 'Accompagner.', 'B']);
  });

  it('insert into an empty list', () => {
    const letter = makeLetter();
    letter.copies = [];
    insertItem({ part: 'copies' }, null, { id: 'c', text: 'Dossier' })(letter);
    expect(letter.copies).toEqual([{ id: 'c', text: 'Dossier' }]);
  });

  it('remove an item', () => {
    const { letter, ref, texts } = withMissions();
    removeItem(ref, idAt(letter, ref, 1))(letter);
    expect(texts()).toEqual(['Repérer.', 'Accompagner.']);
  });
});

describe('undoing the removal of an item', () => {
  it('puts it back at its place, as it was', () => {
    const { letter, ref, texts } = withMissions();
    const before = structuredClone(letter);
    const removal = removeItemUndoable(itemsOf(letter, ref) ?? [], ref, idAt(letter, ref, 1));
    if (!removal) throw new Error('not found');
    removal.change(letter);
    expect(texts()).toEqual(['Repérer.', 'Accompagner.']);
    removal.undo(letter);
    expect(letter).toEqual(before);
  });

  it('keeps the text as it was when removed, whatever happens to the removed object', () => {
    const { letter, ref, texts } = withMissions();
    const items = itemsOf(letter, ref) ?? [];
    const removed = items[0];
    const removal = removeItemUndoable(items, ref, removed?.id ?? '');
    removal?.change(letter);
    if (removed) removed.text = 'changed since';
    removal?.undo(letter);
    expect(texts()[0]).toBe('Repérer.');
  });

  it('puts it at the end when the list got shorter meanwhile', () => {
    const { letter, ref, texts } = withMissions();
    const removal = removeItemUndoable(itemsOf(letter, ref) ?? [], ref, idAt(letter, ref, 2));
    removal?.change(letter);
    removeItem(ref, idAt(letter, ref, 1))(letter);
    removal?.undo(letter);
    expect(texts()).toEqual(['Repérer.', 'Accompagner.']);
  });

  it('is null for an item that is not there', () => {
    const { letter, ref } = withMissions();
    expect(removeItemUndoable(itemsOf(letter, ref) ?? [], ref, 'nope')).toBeNull();
  });
});
