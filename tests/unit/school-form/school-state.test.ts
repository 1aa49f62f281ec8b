import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SchoolEditor } from '../../../src/lib/school-form/school-state.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/persistence/channel';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { QuotaStore, SlowStore } from '../support/failing-store';

const savedAt = new Date('2026-11-23T08:30:00.000Z');

/**
 * « Mon établissement » over `store`, started, with the default delay; `heard` is what other
 * tabs get. Two calls with the same `bus` are two tabs of the same browser.
 */
async function open(store: KeyValueStore, bus = new ChannelBus()) {
  const repo = new LetterRepository(store, () => savedAt);
  const heard: LetterMessage[] = [];
  createLetterChannel(bus.factory).subscribe((message) => heard.push(message));
  const editor = new SchoolEditor(
    {
      store: { probe: async () => ({ ok: true }) as const },
      repo,
      channel: createLetterChannel(bus.factory),
    },
    { saveOnLeave: false },
  );
  await editor.start();
  return { editor, repo, heard };
}

/** Lets pending promises settle without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('typing in « Mon établissement »', () => {
  it('writes once, 500 ms after the last keystroke, the text as last typed', async () => {
    const store = new SlowStore();
    const { editor, repo } = await open(store);
    expect(editor.status).toEqual({ state: 'idle' });
    editor.change('ville', 'Mel');
    await vi.advanceTimersByTimeAsync(300);
    editor.change('ville', 'Melun');
    await vi.advanceTimersByTimeAsync(499);
    expect(store.writesInFlight).toBe(0);
    expect(editor.status.state).toBe('pending');

    await vi.advanceTimersByTimeAsync(1);
    expect(store.writesInFlight).toBe(1);
    expect(editor.status.state).toBe('saving');
    store.release();
    await settle();
    expect(editor.status).toEqual({ state: 'saved', at: savedAt, revision: 1 });
    expect((await repo.getSchool()).ville).toBe('Melun');
    expect(editor.hasUnsavedChanges).toBe(false);
  });

  it('never writes twice at once: a keystroke during a write is written after it', async () => {
    const store = new SlowStore();
    const { editor, repo, heard } = await open(store);
    editor.change('ville', 'Melun');
    await vi.advanceTimersByTimeAsync(500);
    editor.change('adresse', '1 rue des Écoles');
    await vi.advanceTimersByTimeAsync(500);
    expect(store.writesInFlight).toBe(1);
    expect(editor.status.state).toBe('saving');

    store.release();
    await settle();
    expect(store.writesInFlight).toBe(1); // the second write, started only now
    expect(heard).toEqual([{ kind: 'school-saved' }]);
    store.release();
    await settle();
    expect(editor.status.state).toBe('saved');
    expect(await repo.getSchool()).toMatchObject({ ville: 'Melun', adresse: '1 rue des Écoles' });
  });

  it('flush writes at once, without waiting for the delay (leaving the page)', async () => {
    const { editor, repo } = await open(new MemoryStore());
    editor.change('ville', 'Melun');
    await editor.flush();
    expect(editor.status.state).toBe('saved');
    expect((await repo.getSchool()).ville).toBe('Melun');
  });
});

describe('a full disk', () => {
  it('keeps the edits after a failed write and writes them on « Réessayer »', async () => {
    const store = new QuotaStore();
    const { editor, repo, heard } = await open(store);
    editor.change('ville', 'Melun');
    await vi.advanceTimersByTimeAsync(500);
    const failed = editor.status;
    expect(failed.state === 'error' && failed.failure.kind).toBe('quota');
    expect(editor.hasUnsavedChanges).toBe(true);
    expect(editor.snapshot().ville).toBe('Melun');

    await editor.retry();
    expect(editor.status.state).toBe('error');
    store.full = false;
    await editor.retry();
    expect(editor.status).toEqual({ state: 'saved', at: savedAt, revision: 1 });
    expect((await repo.getSchool()).ville).toBe('Melun');
    expect(editor.hasUnsavedChanges).toBe(false);
    await settle();
    expect(heard).toEqual([{ kind: 'school-saved' }]);
  });

  it('the next keystroke tries again, with the newest text', async () => {
    const store = new QuotaStore();
    const { editor, repo } = await open(store);
    editor.change('ville', 'Mel');
    await vi.advanceTimersByTimeAsync(500);
    store.full = false;
    editor.change('ville', 'Melun');
    expect(editor.status.state).toBe('error'); // the error stays shown until a write starts
    await vi.advanceTimersByTimeAsync(500);
    expect(editor.status.state).toBe('saved');
    expect((await repo.getSchool()).ville).toBe('Melun');
  });
});

describe('two tabs on « Mon établissement »', () => {
  /** Two tabs of one browser: one store, one channel bus. */
  async function twoTabs() {
    const store = new MemoryStore();
    const bus = new ChannelBus();
    const a = await open(store, bus);
    const b = await open(store, bus);
    return { store, a, b };
  }

  it('a tab with no edits follows what the other saved', async () => {
    const { a, b } = await twoTabs();
    a.editor.change('ville', 'Melun');
    await a.editor.flush();
    await settle();
    expect(b.editor.school.ville).toBe('Melun');
    expect(b.editor.notice).toBe('Mis à jour depuis un autre onglet.');
    // Its next edit is based on what it follows: no conflict.
    b.editor.change('adresse', '1 rue des Écoles');
    await b.editor.flush();
    expect(b.editor.status).toEqual({ state: 'saved', at: savedAt, revision: 2 });
  });

  it('edits at once in both: the second write is a conflict and writes nothing', async () => {
    const { a, b } = await twoTabs();
    a.editor.change('ville', 'Melun');
    b.editor.change('ville', 'Meaux');
    await a.editor.flush();
    await settle();
    await b.editor.flush();
    const status = b.editor.status;
    expect(status.state).toBe('conflict');
    expect(status.state === 'conflict' && status.theirs.ville).toBe('Melun');
    expect((await b.repo.getSchool()).ville).toBe('Melun');
    // Nothing is lost: the page keeps its text, and leaving would warn.
    expect(b.editor.school.ville).toBe('Meaux');
    expect(b.editor.hasUnsavedChanges).toBe(true);
    // A keystroke during the conflict writes nothing either.
    b.editor.change('ville', 'Meaux-Centre');
    await vi.advanceTimersByTimeAsync(600);
    expect((await b.repo.getSchool()).ville).toBe('Melun');
  });

  it('« Garder la version de cet onglet » writes it over the other, based on its revision', async () => {
    const { a, b } = await twoTabs();
    a.editor.change('ville', 'Melun');
    b.editor.change('ville', 'Meaux');
    await a.editor.flush();
    await b.editor.flush();
    await b.editor.keepMine();
    expect(b.editor.status).toEqual({ state: 'saved', at: savedAt, revision: 2 });
    expect((await b.repo.getSchool()).ville).toBe('Meaux');
    await settle();
    expect(a.editor.school.ville).toBe('Meaux'); // the other tab follows
  });

  it('« Afficher la version de l’autre onglet » shows it and drops this tab’s edits', async () => {
    const { a, b } = await twoTabs();
    a.editor.change('ville', 'Melun');
    b.editor.change('ville', 'Meaux');
    await a.editor.flush();
    await b.editor.flush();
    b.editor.takeTheirs();
    expect(b.editor.school.ville).toBe('Melun');
    expect(b.editor.hasUnsavedChanges).toBe(false);
    b.editor.change('adresse', '1 rue des Écoles');
    await b.editor.flush();
    expect(await b.repo.getSchool()).toMatchObject({ ville: 'Melun', adresse: '1 rue des Écoles' });
  });
});

describe('an unreadable « Mon établissement »', () => {
  it('is said, and the first keystroke keeps it aside', async () => {
    const store = new MemoryStore();
    const raw = { etablissement: 'Collège Jean Moulin', couleur: 'bleu' };
    await store.set('school', raw);
    const { editor, repo } = await open(store);
    expect(editor.setAside?.problems.join(' ')).toContain('couleur');
    expect(editor.school.etablissement).toBe('');
    editor.change('ville', 'M');
    await editor.flush();
    expect(await repo.quarantined()).toEqual([{ key: 'quarantine:school', raw }]);
    expect(editor.setAside).not.toBeNull(); // still said until the copy is gone
    // Read again later (another visit): still said, the copy still kept.
    const again = await open(store);
    expect(again.editor.school.ville).toBe('M');
    expect(again.editor.setAside?.problems.join(' ')).toContain('couleur');
  });
});
