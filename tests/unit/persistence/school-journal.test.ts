import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SchoolEditor } from '../../../src/lib/school-form/school-state.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { keys } from '../../../src/lib/persistence/keys';
import { createSchoolJournal } from '../../../src/lib/school/school-journal';
import { emptySchool, type School } from '../../../src/lib/schemas/school';
import type { LiveWriters } from '../../../src/lib/storage/live-writers';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { MemorySyncStorage } from '../../../src/lib/storage/memory-sync-storage';
import type { SyncStorage } from '../../../src/lib/storage/journal';
import { ChannelBus } from '../support/channel-bus';
import { FullSyncStorage } from '../support/failing-sync-storage';

const savedAt = new Date('2026-11-23T08:30:00.000Z');

/** One browser: its IndexedDB store, its `localStorage`, and the pages still open in it. */
function browser(storage: SyncStorage = new MemorySyncStorage()) {
  const store = new MemoryStore();
  const repo = new LetterRepository(store, () => savedAt);
  const schoolJournal = createSchoolJournal(storage);
  const bus = new ChannelBus();
  const live = new Set<string>();
  /** A page of « Mon établissement » writing as `writer`, started. */
  const page = async (writer: string) => {
    live.add(writer);
    const writers: LiveWriters = { self: writer, isLive: async (id) => live.has(id) };
    const editor = new SchoolEditor(
      {
        store: { probe: async () => ({ ok: true }) as const },
        repo,
        channel: createLetterChannel(bus.factory),
        schoolJournal,
        writers,
      },
      { saveOnLeave: false },
    );
    await editor.start();
    return editor;
  };
  /** The page of `writer` is gone (closed or crashed) before its write: its timer never fires. */
  const close = (writer: string) => live.delete(writer);
  return { repo, schoolJournal, page, close };
}

const named = (etablissement: string): School => ({ ...emptySchool, etablissement });
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('« Mon établissement » closed right after a keystroke', () => {
  it('keeps the keystroke in the journal, and the next page shows and saves it', async () => {
    const { repo, schoolJournal, page, close } = browser();
    const first = await page('closed-page');
    first.change('etablissement', 'Collège Jean Moulin');
    // Safe before any write: nothing asks before leaving.
    expect(first.atRiskOnClose).toBe(false);
    close('closed-page');

    const next = await page('next-page');
    expect(next.school.etablissement).toBe('Collège Jean Moulin');
    await settle();
    const stored = await repo.school.open();
    expect(stored).toMatchObject({ kind: 'found', record: { revision: 1 } });
    expect(stored.kind === 'found' && stored.record.etablissement).toBe('Collège Jean Moulin');
    expect(next.status).toMatchObject({ state: 'saved', revision: 1 });
    expect(schoolJournal.read(keys.school)).toBeNull();
  });

  it('replays on top of the stored record, and drops an entry the record already holds', async () => {
    const { repo, schoolJournal, page, close } = browser();
    await repo.school.save(named('Collège A'), 0);
    const first = await page('closed-page');
    first.change('etablissement', 'Collège Anne Frank');
    close('closed-page');
    const next = await page('next-page');
    await settle();
    expect(next.school.etablissement).toBe('Collège Anne Frank');
    expect((await repo.school.get()).etablissement).toBe('Collège Anne Frank');

    // Written, then its entry left behind: opening again writes nothing more.
    schoolJournal.write(keys.school, {
      record: named('Collège Anne Frank'),
      base: 1,
      at: '',
      writer: 'gone',
    });
    await page('third-page');
    await settle();
    expect(await repo.school.open()).toMatchObject({ kind: 'found', record: { revision: 2 } });
    expect(schoolJournal.read(keys.school)).toBeNull();
  });

  it('leaves the entry of a page still open, and asks when another tab saved since', async () => {
    const { repo, schoolJournal, page } = browser();
    const typing = await page('typing-page');
    typing.change('etablissement', 'Lycée Victor Hugo');
    const other = await page('other-page');
    expect(other.school.etablissement).toBe('');
    expect(schoolJournal.read(keys.school)?.writer).toBe('typing-page');

    // A closed page's entry based on revision 0, while revision 1 was saved meanwhile.
    await repo.school.save(named('Lycée saved elsewhere'), 0);
    schoolJournal.write(keys.school, {
      record: named('Old edit'),
      base: 0,
      at: '',
      writer: 'gone',
    });
    const late = await page('late-page');
    await settle();
    expect(late.status.state).toBe('conflict');
    expect((await repo.school.get()).etablissement).toBe('Lycée saved elsewhere');
  });

  it('with a full journal, says so in French and writes each change at once', async () => {
    const storage = new FullSyncStorage();
    const { repo, page } = browser(storage);
    const editor = await page('this-page');
    editor.change('etablissement', 'Collège plein');
    expect(editor.journalFailure?.message).toContain('«\u202fMon établissement\u202f» est donc');
    expect(editor.atRiskOnClose).toBe(true);
    await settle();
    expect((await repo.school.get()).etablissement).toBe('Collège plein');
    expect(editor.atRiskOnClose).toBe(false);
    storage.full = false;
    editor.change('etablissement', 'Collège libre');
    expect(editor.journalFailure).toBeNull();
  });
});
