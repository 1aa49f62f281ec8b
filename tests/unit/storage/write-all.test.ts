import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LocalforageStore } from '../../../src/lib/storage/localforage-store';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import {
  AtomicWriteUnavailable,
  PartialWriteError,
  writeAll,
} from '../../../src/lib/storage/write-all';
import type { StoreEntry } from '../../../src/lib/storage/store';
import { OneByOneStore } from '../support/failing-store';

const entries = (n: number, tag = 'nouveau'): StoreEntry[] =>
  Array.from({ length: n }, (_, i) => [`letter:${i}`, { tag, i }] as const);

/** Everything a store holds, sorted by key. */
const snapshot = async (store: { entries(p: string): Promise<[string, unknown][]> }) =>
  (await store.entries('')).sort(([a], [b]) => a.localeCompare(b));

let n = 0;
const freshIdb = () => new LocalforageStore({ name: 'write-all', storeName: `s${++n}` });

describe('an atomic write over IndexedDB (localforage’s database)', () => {
  it('stores every entry, readable through localforage', async () => {
    const store = freshIdb();
    await store.set('school', 'ici');
    await store.setMany(entries(3));
    expect(await store.get('letter:2')).toEqual({ tag: 'nouveau', i: 2 });
    expect((await store.keys()).sort()).toEqual(['letter:0', 'letter:1', 'letter:2', 'school']);
  });

  it('still writes at once after localforage opened the database at a new version', async () => {
    const store = freshIdb();
    await store.setMany(entries(1));
    // A second store in the same database: localforage adds it with a version change, which
    // the first store's own connection lets through before opening again.
    const other = freshIdb();
    await other.setMany(entries(2, 'autre'));
    await store.setMany(entries(2, 'encore'));
    expect(await snapshot(store)).toEqual([
      ['letter:0', { tag: 'encore', i: 0 }],
      ['letter:1', { tag: 'encore', i: 1 }],
    ]);
    expect((await snapshot(other)).map(([, value]) => value)).toEqual([
      { tag: 'autre', i: 0 },
      { tag: 'autre', i: 1 },
    ]);
  });

  it('writes nothing when one value cannot be stored', async () => {
    const store = freshIdb();
    await store.set('letter:0', 'avant');
    const bad: StoreEntry[] = [...entries(3), ['letter:9', { run: () => 1 }]];
    await expect(store.setMany(bad)).rejects.toThrow();
    expect(await snapshot(store)).toEqual([['letter:0', 'avant']]);
  });
});

describe('the memory store’s atomic write', () => {
  it('writes nothing when one value cannot be copied', async () => {
    const store = new MemoryStore();
    await expect(store.setMany([...entries(2), ['x', () => 1]])).rejects.toThrow();
    expect(await store.keys()).toEqual([]);
  });
});

describe('writing one by one with a rollback', () => {
  it.each([1, 2, 3, 4, 5])('a quota error at write %i leaves the store as it was', async (at) => {
    const store = new OneByOneStore();
    await store.inner.set('letter:1', 'ancienne version');
    await store.inner.set('school', 'ici');
    const before = await snapshot(store);
    store.failAt = at;
    await expect(writeAll(store, entries(5))).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(await snapshot(store)).toEqual(before);
  });

  it('names exactly the keys it could not undo when the rollback fails too', async () => {
    const store = new OneByOneStore();
    await store.inner.set('letter:1', 'ancienne version');
    store.failAt = 4;
    store.rollbackFails = true;
    const error: unknown = await writeAll(store, entries(5)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialWriteError);
    const keys = [...(error as PartialWriteError).keys].sort();
    expect(keys).toEqual(['letter:0', 'letter:1', 'letter:2']);
    const stored = (await snapshot(store)).map(([key]) => key);
    expect(stored).toEqual(keys); // what is reported is exactly what is there
  });

  it('falls back to it when the store finds it cannot write atomically', async () => {
    class LateStore extends MemoryStore {
      override setMany(): Promise<void> {
        return Promise.reject(new AtomicWriteUnavailable());
      }
    }
    const store = new LateStore();
    await writeAll(store, entries(2));
    expect((await store.keys()).sort()).toEqual(['letter:0', 'letter:1']);
  });
});
