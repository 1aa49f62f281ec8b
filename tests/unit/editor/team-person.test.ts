// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LetterEditor } from '../../../src/lib/editor/letter-editor.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { fixtureType } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';
import { person } from '../team/people';

let editors: LetterEditor[] = [];
afterEach(async () => {
  await Promise.all(editors.map((editor) => editor.stop()));
  editors = [];
});

/** An editor on a new letter of the fixture model, over a store holding a team of two. */
async function newEditor() {
  const repo = new LetterRepository(new MemoryStore());
  await repo.team.save({ people: [person(1), person(2, { prenom: 'Claire', nom: 'Dupont' })] }, 0);
  const editor = new LetterEditor('referent-decrochage', fixtureType, {
    store: { probe: async () => ({ ok: true }) as const },
    repo,
    channel: createLetterChannel(new ChannelBus().factory),
  });
  editors.push(editor);
  await editor.start(null);
  return { editor, repo };
}

describe('« Choisir dans Mon équipe » in the editor', () => {
  it('reads the team when asked', async () => {
    const { editor } = await newEditor();
    expect((await editor.readTeam()).people.map(({ nom }) => nom)).toEqual(['Nom1', 'Dupont']);
  });

  it('fills the person and the link in one save, and « Annuler » takes both back', async () => {
    const { editor, repo } = await newEditor();
    const [, claire] = (await editor.readTeam()).people;
    if (!claire) throw new Error('no Claire');
    editor.choosePerson(claire, 'pick');
    expect(editor.removal?.message).toBe('Claire Dupont choisie dans «\u00a0Mon équipe\u00a0»');
    await editor.stop();
    const saved = await repo.get(editor.letter.id);
    expect(saved?.values).toMatchObject({ prenom: 'Claire', nom: 'Dupont' });
    expect(saved?.teamPersonId).toBe('p2');
    expect(saved?.revision).toBe(1);

    expect(editor.undo()?.focusAfterUndo).toBe('pick');
    expect(editor.letter.teamPersonId).toBeNull();
    expect(editor.letter.values['nom'] ?? '').toBe('');
  });
});
