import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver } from '../../../src/lib/letters/autosave';
import { keys } from '../../../src/lib/persistence/keys';
import { createLetterJournal } from '../../../src/lib/letters/letter-journal';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { MemorySyncStorage } from '../../../src/lib/storage/memory-sync-storage';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { makeLetter } from '../../fixtures/make-letter';
import { QuotaStore, SlowStore } from '../support/failing-store';
import { BlockedSyncStorage, FullSyncStorage } from '../support/failing-sync-storage';
import type { SyncStorage } from '../../../src/lib/storage/journal';
import type { StorageFailure } from '../../../src/lib/storage/failure';

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

describe('a journal that cannot be written (localStorage full)', () => {
  /** A saver over `store` journalling into `storage` (full), recording what it reports. */
  function setupFull(store: KeyValueStore, storage: SyncStorage = new FullSyncStorage()) {
    const repo = new LetterRepository(store);
    const states: string[] = [];
    const reported: (StorageFailure | null)[] = [];
    const saver = new AutoSaver(repo, {
      onStatus: (status) => states.push(status.state),
      onJournal: (failure) => reported.push(failure),
      journal: createLetterJournal(storage),
      writer: 'me',
    });
    return { repo, saver, states, reported };
  }

  const title = async (repo: LetterRepository) => (await repo.get(letter.id))?.title;

  it('writes each change to the store at once, without the 0.6 s wait', async () => {
    const { repo, saver, states } = setupFull(new MemoryStore());
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(0);
    expect(await title(repo)).toBe('A');
    // « Enregistré » still only once the write resolved.
    expect(states).toEqual(['saving', 'saved']);
  });

  it('says so in French, once: what happened and what to do', () => {
    const { saver, reported } = setupFull(new MemoryStore());
    saver.change(edited('A'));
    saver.change(edited('AB'));
    expect(reported).toHaveLength(1);
    const failure = saver.journalFailure;
    expect(failure).toBe(reported[0]);
    expect(failure?.kind).toBe('quota');
    expect(failure?.message).toMatch(/^L’espace de stockage local du navigateur est plein\u00a0: /);
    expect(failure?.message).toMatch(/enregistrée directement/);
    expect(failure?.message).toMatch(/attendez «\u202fEnregistré\u202f» avant de fermer/);
    expect(failure?.message).toMatch(/données d’autres sites/);
    expect(failure?.message).toMatch(/sauvegarde/);
    expect(failure?.technical).toBe('Espace de stockage plein (QuotaExceededError, code 22)');
  });

  it('arms the leave guard only until that write resolved', async () => {
    const store = new SlowStore();
    const { repo, saver } = setupFull(store);
    saver.change(edited('A'));
    expect(saver.atRiskOnClose).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.writesInFlight).toBe(1);
    expect(saver.atRiskOnClose).toBe(true);
    store.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(await title(repo)).toBe('A');
    expect(saver.status.state).toBe('saved');
    expect(saver.atRiskOnClose).toBe(false);
  });

  it('a change made during that write is written right after it, without a wait', async () => {
    const store = new SlowStore();
    const { repo, saver } = setupFull(store);
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(0);
    saver.change(edited('AB'));
    store.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(await title(repo)).toBe('A');
    expect(store.writesInFlight).toBe(1);
    expect(saver.status.state).toBe('saving');
    expect(saver.atRiskOnClose).toBe(true);
    store.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(await title(repo)).toBe('AB');
    expect(saver.atRiskOnClose).toBe(false);
  });

  it('the message goes once the journal can be written again; the debounce is back', async () => {
    const storage = new FullSyncStorage();
    const { repo, saver, reported } = setupFull(new MemoryStore(), storage);
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.journalFailure).not.toBeNull();
    storage.full = false;
    saver.change(edited('AB'));
    expect(saver.journalFailure).toBeNull();
    expect(reported.at(-1)).toBeNull();
    // Journalled again: no prompt before leaving, and the write waits for the quiet time.
    expect(saver.atRiskOnClose).toBe(false);
    await vi.advanceTimersByTimeAsync(599);
    expect(await title(repo)).toBe('A');
    await vi.advanceTimersByTimeAsync(1);
    expect(await title(repo)).toBe('AB');
  });

  it('filling up during a write: the change made meanwhile is written right after it', async () => {
    const store = new SlowStore();
    const storage = new FullSyncStorage();
    storage.full = false;
    const { repo, saver } = setupFull(store, storage);
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(600);
    saver.change(edited('AB')); // journalled: it waits for its quiet time
    storage.full = true;
    store.release();
    await vi.advanceTimersByTimeAsync(0);
    // Its entry could not be rebased on the revision written: nothing keeps it but the page.
    expect(saver.journalFailure?.kind).toBe('quota');
    expect(saver.atRiskOnClose).toBe(true);
    expect(store.writesInFlight).toBe(1);
    store.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(await title(repo)).toBe('AB');
    expect(saver.atRiskOnClose).toBe(false);
  });

  it('a blocked localStorage is said as well, and the change written at once', async () => {
    const { repo, saver } = setupFull(new MemoryStore(), new BlockedSyncStorage());
    saver.change(edited('A'));
    expect(saver.journalFailure?.kind).toBe('unavailable');
    expect(saver.journalFailure?.message).toMatch(/enregistrée directement/);
    await vi.advanceTimersByTimeAsync(0);
    expect(await title(repo)).toBe('A');
  });
});
