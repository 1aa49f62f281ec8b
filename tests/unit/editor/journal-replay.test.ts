// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LetterEditor } from '../../../src/lib/editor/letter-editor.svelte';
import { LetterListState } from '../../../src/lib/list/list-state.svelte';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { keys } from '../../../src/lib/persistence/keys';
import { createLetterJournal } from '../../../src/lib/letters/letter-journal';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { setValue } from '../../../src/lib/letters/commands/values';
import type { Letter } from '../../../src/lib/schemas/letter';
import { aloneWriters, type LiveWriters } from '../../../src/lib/storage/live-writers';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { MemorySyncStorage } from '../../../src/lib/storage/memory-sync-storage';
import { fixtureType, makeLetter } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';

const probe = { probe: async () => ({ ok: true }) as const };
let editors: LetterEditor[] = [];
afterEach(async () => {
  await Promise.all(editors.map((editor) => editor.stop()));
  editors = [];
  window.history.replaceState(null, '', '/');
});

/** One browser: a store, a `localStorage` and the pages open in it (other than this one). */
function browser(live: string[] = []) {
  const store = new MemoryStore();
  const repo = new LetterRepository(store);
  const journal = createLetterJournal(new MemorySyncStorage());
  const self = aloneWriters('this-page');
  const writers: LiveWriters = {
    self: self.self,
    isLive: async (writer) => writer === self.self || live.includes(writer),
  };
  const services = {
    store: probe,
    repo,
    channel: createLetterChannel(new ChannelBus().factory),
    journal,
    writers,
  };
  /** What a page that closed before saving left behind. */
  const leftBehind = (letter: Letter, base: number, writer = 'closed-page') =>
    journal.write(keys.letter(letter.id), { record: letter, base, at: '', writer });
  return { repo, journal, services, leftBehind };
}

async function open(services: ReturnType<typeof browser>['services'], id: string | null) {
  const editor = new LetterEditor('referent-decrochage', fixtureType, services);
  editors.push(editor);
  await editor.start(id);
  return editor;
}

const named = (letter: Letter, nom: string): Letter => ({
  ...letter,
  values: { ...letter.values, nom },
});

describe('opening a letter replays what a closed page left in the journal', () => {
  it('edits newer than the stored letter are shown and saved', async () => {
    const { repo, journal, services, leftBehind } = browser();
    const stored = await repo.save(makeLetter('a'), 0);
    leftBehind(named(stored, 'Curie'), 1);
    const editor = await open(services, stored.id);
    expect(editor.letter.values['nom']).toBe('Curie');
    await editor.stop();
    expect(await repo.get(stored.id)).toMatchObject({ revision: 2, values: { nom: 'Curie' } });
    expect(journal.read(keys.letter(stored.id))).toBeNull();
  });

  it('edits the stored letter already holds are dropped, nothing written', async () => {
    const { repo, journal, services, leftBehind } = browser();
    const first = await repo.save(makeLetter('b'), 0);
    const stored = await repo.save(named(first, 'Curie'), 1);
    leftBehind(named(first, 'Curie'), 1);
    const editor = await open(services, stored.id);
    await editor.stop();
    expect(editor.status.state).toBe('saved');
    expect((await repo.get(stored.id))?.revision).toBe(2);
    expect(journal.read(keys.letter(stored.id))).toBeNull();
  });

  it('another tab saved since the edits were made: a conflict, nothing overwritten', async () => {
    const { repo, journal, services, leftBehind } = browser();
    const first = await repo.save(makeLetter('c'), 0);
    await repo.save(named(first, 'Lovelace'), 1);
    leftBehind(named(first, 'Curie'), 1);
    const editor = await open(services, first.id);
    await editor.stop();
    expect(editor.status).toMatchObject({
      state: 'conflict',
      theirs: { values: { nom: 'Lovelace' } },
    });
    expect(editor.letter.values['nom']).toBe('Curie');
    expect((await repo.get(first.id))?.values['nom']).toBe('Lovelace');
    expect(journal.read(keys.letter(first.id))?.record.values['nom']).toBe('Curie');
  });

  it('a new letter closed before its first write opens and is saved', async () => {
    const { repo, services, leftBehind } = browser();
    const letter = named(makeLetter('d'), 'Curie');
    leftBehind(letter, 0);
    const editor = await open(services, letter.id);
    expect(editor.load.kind).toBe('ready');
    await editor.stop();
    expect(await repo.get(letter.id)).toMatchObject({ revision: 1, values: { nom: 'Curie' } });
  });

  it('the entry of a page still open is left to that page', async () => {
    const { repo, journal, services, leftBehind } = browser(['other-tab']);
    const stored = await repo.save(makeLetter('e'), 0);
    leftBehind(named(stored, 'Curie'), 1, 'other-tab');
    const editor = await open(services, stored.id);
    await editor.stop();
    expect(editor.letter.values['nom']).toBe('');
    expect((await repo.get(stored.id))?.revision).toBe(1);
    expect(journal.read(keys.letter(stored.id))?.writer).toBe('other-tab');
  });
});

describe('a new letter', () => {
  it('gets its id in the address at its first change, before any wait', async () => {
    const { journal, services } = browser();
    const editor = await open(services, null);
    expect(new URL(window.location.href).searchParams.get('id')).toBeNull();
    editor.apply(setValue('nom', 'Curie'));
    const id = new URL(window.location.href).searchParams.get('id');
    expect(id).toBe(editor.letter.id);
    expect(journal.read(keys.letter(editor.letter.id))?.record.values['nom']).toBe('Curie');
  });
});

describe('« Mes lettres » replays the journal when it loads', () => {
  it('lists a letter that exists only in the journal; leaves conflicts and deletions', async () => {
    const { repo, journal, services, leftBehind } = browser();
    const onlyJournalled = named(makeLetter('f'), 'Curie');
    leftBehind(onlyJournalled, 0);
    const first = await repo.save(makeLetter('g'), 0);
    await repo.save(named(first, 'Lovelace'), 1);
    leftBehind(named(first, 'Curie'), 1);
    const deleted = named(makeLetter('h'), 'Noether');
    leftBehind(deleted, 3);
    const list = new LetterListState([], services);
    await list.start();
    list.stop();
    expect(list.records.map((shown) => shown.person).sort()).toEqual(['Curie', 'Lovelace']);
    expect(journal.read(keys.letter(onlyJournalled.id))).toBeNull();
    expect(journal.read(keys.letter(first.id))).not.toBeNull();
    expect(await repo.get(deleted.id)).toBeNull();
  });
});
