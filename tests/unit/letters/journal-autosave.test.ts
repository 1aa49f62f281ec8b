import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver } from '../../../src/lib/letters/autosave';
import { keys } from '../../../src/lib/letters/keys';
import { createLetterJournal } from '../../../src/lib/letters/letter-journal';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { MemorySyncStorage } from '../../../src/lib/storage/memory-sync-storage';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { makeLetter } from '../../fixtures/make-letter';
import { QuotaStore, SlowStore } from '../support/failing-store';
import { FullSyncStorage } from '../support/failing-sync-storage';
import type { SyncStorage } from '../../../src/lib/storage/journal';

const letter = makeLetter('j');
const edited = (title: string) => ({ ...letter, title });
const key = keys.letter(letter.id);

/** A saver over `store` journalling into `storage`, as the page with writer id `me`. */
function setup(store: KeyValueStore, storage: SyncStorage = new MemorySyncStorage()) {
  const journal = createLetterJournal(storage);
  const repo = new LetterRepository(store);
  const saver = new AutoSaver(repo, { onStatus: () => undefined, journal, writer: 'me' });
  return { journal, repo, saver };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('each change goes to the journal first', () => {
  it('is journalled at once, before any wait, and cleared once written', async () => {
    const { journal, repo, saver } = setup(new MemoryStore());
    saver.change(edited('A'));
    // No timer has run: a page closed now would find the change here.
    expect(journal.read(key)).toMatchObject({ record: { title: 'A' }, base: 0, writer: 'me' });
    expect(saver.atRiskOnClose).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect((await repo.get(letter.id))?.title).toBe('A');
    expect(journal.read(key)).toBeNull();
  });

  it('a change made during the write stays journalled, based on the revision written', async () => {
    const store = new SlowStore();
    const { journal, repo, saver } = setup(store);
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(600);
    expect(store.writesInFlight).toBe(1);
    saver.change(edited('AB'));
    store.release();
    await vi.advanceTimersByTimeAsync(0);
    expect((await repo.get(letter.id))?.revision).toBe(1);
    expect(journal.read(key)).toMatchObject({ record: { title: 'AB' }, base: 1 });
    await vi.advanceTimersByTimeAsync(600);
    store.release();
    await vi.advanceTimersByTimeAsync(0);
    expect((await repo.get(letter.id))?.title).toBe('AB');
    expect(journal.read(key)).toBeNull();
  });

  it('a write that fails leaves the change in the journal', async () => {
    const { journal, saver } = setup(new QuotaStore());
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(600);
    expect(saver.status.state).toBe('error');
    expect(journal.read(key)?.record.title).toBe('A');
  });

  it('a full journal: the save still runs, and closing is said to lose the edits', async () => {
    const { repo, saver } = setup(new MemoryStore(), new FullSyncStorage());
    saver.change(edited('A'));
    expect(saver.atRiskOnClose).toBe(true);
    await vi.advanceTimersByTimeAsync(600);
    expect((await repo.get(letter.id))?.title).toBe('A');
    expect(saver.atRiskOnClose).toBe(false);
  });

  it('a « conflict » with a stored version holding the same edits is no conflict', async () => {
    const store = new MemoryStore();
    const { repo, saver } = setup(store);
    // The closed page's write ended after all: revision 1 already holds what is replayed.
    await repo.save(edited('A'), 0);
    await saver.replay(edited('A'), 0);
    expect(saver.status).toMatchObject({ state: 'saved', revision: 1 });
  });

  it('taking the other version drops the journalled edits; keeping mine rebases them', async () => {
    const { journal, repo, saver } = setup(new MemoryStore());
    await repo.save(edited('theirs'), 0);
    await saver.replay(edited('mine'), 0);
    expect(saver.status.state).toBe('conflict');
    expect(journal.read(key)?.base).toBe(0);
    saver.resolveTakeTheirs();
    expect(journal.read(key)).toBeNull();

    saver.change(edited('mine again'));
    await repo.save(edited('theirs again'), 1);
    await vi.advanceTimersByTimeAsync(600);
    expect(saver.status.state).toBe('conflict');
    const keeping = saver.resolveKeepMine();
    expect(journal.read(key)?.base).toBe(2);
    await keeping;
    expect((await repo.get(letter.id))?.title).toBe('mine again');
    expect(journal.read(key)).toBeNull();
  });
});
