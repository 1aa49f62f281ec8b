// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LetterEditor } from '../../../src/lib/editor/letter-editor.svelte';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { fixtureType, makeLetter } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';
import { setTitle } from '../../../src/lib/letters/commands/values';

const letter = makeLetter('n');
const editors: LetterEditor[] = [];

afterEach(async () => {
  await Promise.all(editors.splice(0).map((editor) => editor.stop()));
});

/** The page's editor in one tab: its own repository and channel over the shared store and bus. */
async function openTab(store: MemoryStore, bus: ChannelBus): Promise<LetterEditor> {
  const services = {
    store: { probe: async () => ({ ok: true }) as const },
    repo: new LetterRepository(store),
    channel: createLetterChannel(bus.factory),
  };
  const editor = new LetterEditor(letter.typeId, fixtureType, services);
  editors.push(editor);
  await editor.start(letter.id);
  return editor;
}

/**
 * Both messages and their handling are the product's: nothing here posts on the channel, so
 * tab B changes only if A's editor announces its save and B's editor acts on it.
 */
describe('two tabs with the same letter open', () => {
  it('tab B, without edits of its own, shows the version tab A just saved', async () => {
    const store = new MemoryStore();
    await new LetterRepository(store).restore(letter);
    const bus = new ChannelBus();
    const a = await openTab(store, bus);
    const b = await openTab(store, bus);

    a.apply(setTitle('Version de A'));

    await vi.waitFor(() => expect(b.letter.title).toBe('Version de A'), { timeout: 3000 });
    expect(b.letter.revision).toBe(1);
    expect(b.notice).toBe('Lettre mise à jour depuis un autre onglet.');
    // Tab A does not take its own announcement for news.
    expect(a.notice).toBe('');
  });

  it('a tab with edits of its own is not overwritten by the other tab’s save', async () => {
    const store = new MemoryStore();
    await new LetterRepository(store).restore(letter);
    const bus = new ChannelBus();
    const a = await openTab(store, bus);
    const b = await openTab(store, bus);

    a.apply(setTitle('Version de A'));
    b.apply(setTitle('Version de B, pas encore enregistrée'));

    await vi.waitFor(() => expect(b.status.state).toBe('conflict'), { timeout: 3000 });
    expect(b.letter.title).toBe('Version de B, pas encore enregistrée');
    expect(await new LetterRepository(store).get(letter.id)).toMatchObject({
      title: 'Version de A',
      revision: 1,
    });
  });
});
