import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LocalforageStore } from '../../../src/lib/storage/localforage-store';

let n = 0;
/** A fresh, empty IndexedDB object store per test. */
const freshStore = () => new LocalforageStore({ name: 'tests', storeName: `store${++n}` });

describe('the localforage store over IndexedDB', () => {
  it('gives back what was stored, as a copy', async () => {
    const store = freshStore();
    const value = { title: 'Lettre', items: [{ id: 'a', text: 'Repérer.' }] };
    await store.set('letter:a', value);
    value.title = 'changé après coup';
    expect(await store.get('letter:a')).toEqual({
      title: 'Lettre',
      items: [{ id: 'a', text: 'Repérer.' }],
    });
  });

  it('answers null for a missing key', async () => {
    expect(await freshStore().get('letter:none')).toBeNull();
  });

  it('lists keys and forgets removed ones', async () => {
    const store = freshStore();
    await store.set('letter:a', 1);
    await store.set('school', 2);
    await store.remove('letter:a');
    await store.remove('letter:never-stored');
    expect(await store.keys()).toEqual(['school']);
  });

  it('reads every record under a prefix at once, and nothing else', async () => {
    const store = freshStore();
    await store.set('letter:b', { id: 'b' });
    await store.set('school', { etablissement: 'Collège' });
    await store.set('letter:a', { id: 'a' });
    await store.set('quarantine:letter:c', { id: 'c' });
    await store.set('letters', 'not a letter key');
    const entries = await store.entries('letter:');
    expect(entries.sort(([a], [b]) => a.localeCompare(b))).toEqual([
      ['letter:a', { id: 'a' }],
      ['letter:b', { id: 'b' }],
    ]);
    expect(await store.entries('quarantine:')).toEqual([['quarantine:letter:c', { id: 'c' }]]);
    expect(await store.entries('absent:')).toEqual([]);
  });

  it('reads a prefix in slices, in key order, and nothing under other prefixes', async () => {
    const store = freshStore();
    for (const id of ['c', 'a', 'd', 'b']) await store.set(`letter:${id}`, { id });
    await store.set('letter-summary:a', { id: 'a' });
    await store.set('letter;', 'just past the prefix');
    const first = await store.entriesAfter('letter:', null, 3);
    expect(first.map(([key]) => key)).toEqual(['letter:a', 'letter:b', 'letter:c']);
    expect(await store.entriesAfter('letter:', 'letter:c', 3)).toEqual([['letter:d', { id: 'd' }]]);
    expect(await store.entries('letter-summary:')).toEqual([['letter-summary:a', { id: 'a' }]]);
    expect((await store.keys()).sort()).toEqual([
      'letter-summary:a',
      'letter:a',
      'letter:b',
      'letter:c',
      'letter:d',
      'letter;',
    ]);
  });

  it('uses IndexedDB when the browser has it', async () => {
    expect(await freshStore().driver()).toBe('asyncStorage');
  });

  it('keeps separate instances apart', async () => {
    const one = freshStore();
    const two = freshStore();
    await one.set('k', 'one');
    expect(await two.get('k')).toBeNull();
  });
});

describe('probing whether the browser lets us store', () => {
  it('is ok with a working IndexedDB, and leaves nothing behind', async () => {
    const store = freshStore();
    expect(await store.probe()).toEqual({ ok: true });
    expect(await store.keys()).toEqual([]);
  });

  it('reports private browsing when writes are refused', async () => {
    class Blocked extends LocalforageStore {
      override set(): Promise<void> {
        return Promise.reject(new DOMException('mutation refused', 'InvalidStateError'));
      }
    }
    const result = await new Blocked({ name: 'tests', storeName: `store${++n}` }).probe();
    expect(result.ok).toBe(false);
    expect(result.ok || result.failure.kind).toBe('unavailable');
    expect(result.ok || result.failure.message).toContain('navigation privée');
  });
});
