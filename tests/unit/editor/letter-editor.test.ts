// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LetterEditor, type Removal } from '../../../src/lib/editor/letter-editor.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import {
  insertItem,
  itemsOf,
  removeItemUndoable,
  type ListRef,
} from '../../../src/lib/letters/commands/lists';
import { setValue } from '../../../src/lib/letters/commands/values';
import { fixtureType } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';

let editors: LetterEditor[] = [];
afterEach(async () => {
  await Promise.all(editors.map((editor) => editor.stop()));
  editors = [];
});

/** An editor on a new letter of the fixture model, over an empty memory store. */
async function newEditor() {
  const repo = new LetterRepository(new MemoryStore());
  const editor = new LetterEditor('referent-decrochage', fixtureType, {
    store: { probe: async () => ({ ok: true }) as const },
    repo,
    channel: createLetterChannel(new ChannelBus().factory),
  });
  editors.push(editor);
  await editor.start(null);
  return { editor, repo };
}

const copies: ListRef = { part: 'copies' };

/** Removes the first copy line through the editor, as the copies list does. */
function removeFirstCopy(editor: LetterEditor): Removal {
  const items = itemsOf(editor.letter, copies) ?? [];
  const removal = removeItemUndoable(items, copies, items[0]?.id ?? '');
  if (!removal) throw new Error('no copy line');
  const full = { ...removal, message: 'Ligne de copie 1 supprimée', focusAfterUndo: 'x' };
  editor.remove(full);
  return full;
}

describe('undo in the editor', () => {
  it('keeps the last removal until undone, and undoing puts the item back', async () => {
    const { editor } = await newEditor();
    const before = editor.snapshot().copies;
    const removal = removeFirstCopy(editor);
    expect(editor.letter.copies).toEqual([]);
    expect(editor.removal).toBe(removal);
    expect(editor.undo()).toBe(removal);
    expect(editor.snapshot().copies).toEqual(before);
    expect(editor.removal).toBeNull();
    expect(editor.undo()).toBeNull();
  });

  it('dismissing lets the removal stand', async () => {
    const { editor } = await newEditor();
    removeFirstCopy(editor);
    editor.dismissUndo();
    expect(editor.undo()).toBeNull();
    expect(editor.letter.copies).toEqual([]);
  });
});

describe('a new letter is written on its first change of content', () => {
  it('stays unsaved while only empty items are added, and is saved once something is typed', async () => {
    const { editor, repo } = await newEditor();
    editor.apply(insertItem(copies, null, { id: 'empty', text: '' }));
    expect(editor.status.state).toBe('idle');
    await editor.stop();
    expect((await repo.list()).letters).toEqual([]);

    editor.apply(setValue('nom', 'Curie'));
    expect(editor.status.state).toBe('pending');
    await editor.stop();
    const [stored] = (await repo.list()).letters;
    expect(stored?.values['nom']).toBe('Curie');
    expect(stored?.copies.map((item) => item.text)).toEqual(['Dossier', '']);
  });
});
