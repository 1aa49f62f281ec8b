import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver, type LetterSaveStatus } from '../../../src/lib/letters/autosave';
import { LetterRepository } from '../../../src/lib/letters/repository';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { makeLetter } from '../../fixtures/make-letter';
import { QuotaStore, SlowStore, UnavailableStore } from '../support/failing-store';
import { MemoryStore } from '../../../src/lib/storage/memory-store';

const clock = () => new Date('2026-11-23T08:30:00.000Z');
const letter = makeLetter('n');
const edited = (title: string) => ({ ...letter, title });

/** A saver over `store`, recording every status it reports. */
function setup(store: KeyValueStore) {
  const repo = new LetterRepository(store, clock);
  const statuses: LetterSaveStatus[] = [];
  const saver = new AutoSaver(repo, { onStatus: (status) => statuses.push(status) });
  const states = () => statuses.map((status) => status.state);
  return { repo, saver, statuses, states };
}

/** Lets pending promises settle without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('typing in a letter', () => {
  it('saves once, 600 ms after the last change', async () => {
    const { repo, saver, states } = setup(new MemoryStore());
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(400);
    saver.change(edited('AB'));
    await vi.advanceTimersByTimeAsync(599);
    expect(states()).toEqual(['pending']);
    await vi.advanceTimersByTimeAsync(1);
    expect(states()).toEqual(['pending', 'saving', 'saved']);
    expect((await repo.get(letter.id))?.title).toBe('AB');
    expect(saver.revision).toBe(1);
    expect(saver.hasUnsavedChanges).toBe(false);
  });
});

describe('telling other tabs', () => {
  it('onSaved gets what was written, only once the write resolved', async () => {
    const store = new SlowStore();
    const written: number[] = [];
    const saver = new AutoSaver(new LetterRepository(store, clock), {
      onStatus: () => undefined,
      onSaved: (saved) => written.push(saved.revision),
    });
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(600);
    expect(written).toEqual([]);
    store.release();
    await settle();
    expect(written).toEqual([1]);
  });
});

describe('a slow disk', () => {
  it('"saved" is never reported before the write resolved', async () => {
    const store = new SlowStore();
    const { saver, statuses, states } = setup(store);
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(600);
    expect(store.writesInFlight).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(states()).toEqual(['pending', 'saving']);
    expect(saver.hasUnsavedChanges).toBe(true);

    store.release();
    await settle();
    expect(statuses.at(-1)).toEqual({
      state: 'saved',
      at: new Date('2026-11-23T08:30:00.000Z'),
      revision: 1,
    });
  });

  it('a change during a save is saved right after it, never at the same time', async () => {
    const store = new SlowStore();
    const { repo, saver, states } = setup(store);
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(600);
    saver.change(edited('AB'));
    await vi.advanceTimersByTimeAsync(600);
    expect(store.writesInFlight).toBe(1);

    store.release();
    await settle();
    expect(store.writesInFlight).toBe(1);
    expect(states()).toEqual(['pending', 'saving', 'pending', 'saving']);

    store.release();
    await settle();
    expect(states().at(-1)).toBe('saved');
    expect(await repo.get(letter.id)).toMatchObject({ title: 'AB', revision: 2 });
  });
});

describe('leaving the page', () => {
  it('flush saves at once, without waiting for the delay', async () => {
    const { repo, saver } = setup(new MemoryStore());
    saver.change(edited('Dernière frappe'));
    await saver.flush();
    expect((await repo.get(letter.id))?.title).toBe('Dernière frappe');
  });

  it('flush during a save also saves the newest edits', async () => {
    const store = new SlowStore();
    const { repo, saver } = setup(store);
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(600);
    saver.change(edited('AB'));
    const flushed = saver.flush();
    store.release();
    await settle();
    store.release();
    await flushed;
    expect((await repo.get(letter.id))?.title).toBe('AB');
  });

  it('flush with nothing pending writes nothing', async () => {
    const { saver, states } = setup(new MemoryStore());
    await saver.flush();
    expect(states()).toEqual([]);
  });
});

describe('a full disk', () => {
  it('shows the quota message, keeps the letter, and saves on retry once space is back', async () => {
    const store = new QuotaStore();
    const { repo, saver, statuses } = setup(store);
    saver.change(edited('Mon travail'));
    await vi.advanceTimersByTimeAsync(600);

    const last = statuses.at(-1);
    expect(last?.state).toBe('error');
    if (last?.state !== 'error') return;
    expect(last.failure.kind).toBe('quota');
    expect(last.failure.message).toContain('L’espace de stockage du navigateur est plein');
    expect(saver.unsaved?.title).toBe('Mon travail');
    expect(saver.hasUnsavedChanges).toBe(true);

    await saver.retry();
    expect(statuses.at(-1)?.state).toBe('error');

    store.full = false;
    await saver.retry();
    expect(statuses.at(-1)).toMatchObject({ state: 'saved', revision: 1 });
    expect((await repo.get(letter.id))?.title).toBe('Mon travail');
    expect(saver.unsaved).toBeNull();
  });

  it('the next change tries again, with the newest text', async () => {
    const store = new QuotaStore();
    const { repo, saver, states } = setup(store);
    saver.change(edited('A'));
    await vi.advanceTimersByTimeAsync(600);
    store.full = false;
    saver.change(edited('AB'));
    expect(states().at(-1)).toBe('error'); // the error stays visible until a save starts
    await vi.advanceTimersByTimeAsync(600);
    expect(states().at(-1)).toBe('saved');
    expect((await repo.get(letter.id))?.title).toBe('AB');
  });
});

describe('private browsing', () => {
  it('says storage is unavailable', async () => {
    const { saver, statuses } = setup(new UnavailableStore());
    saver.change(edited('A'));
    await saver.flush();
    const last = statuses.at(-1);
    expect(last?.state === 'error' && last.failure.kind).toBe('unavailable');
    expect(saver.unsaved?.title).toBe('A');
  });
});
