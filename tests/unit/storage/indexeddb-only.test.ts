// @vitest-environment jsdom
// No fake-indexeddb here: jsdom has localStorage but no IndexedDB, as a browser where IndexedDB
// is missing or disabled. localforage must not fall back to localStorage.
import { describe, expect, it } from 'vitest';
import { LocalforageStore } from '../../../src/lib/storage/localforage-store';

describe('the store without IndexedDB', () => {
  it('is a browser with localStorage but no IndexedDB', () => {
    expect(typeof localStorage.setItem).toBe('function');
    expect(typeof indexedDB).toBe('undefined');
  });

  it('fails its probe as unavailable instead of writing to localStorage', async () => {
    const store = new LocalforageStore({ name: 'tests', storeName: 'sans-indexeddb' });
    const result = await store.probe();
    expect(result.ok).toBe(false);
    expect(result.ok || result.failure.kind).toBe('unavailable');
    expect(result.ok || result.failure.message).toContain('téléchargez une sauvegarde');
    expect(localStorage.length).toBe(0);
  });

  it('rejects writes and reads rather than keeping them elsewhere', async () => {
    const store = new LocalforageStore({ name: 'tests', storeName: 'sans-indexeddb-2' });
    await expect(store.set('letter:a', { id: 'a' })).rejects.toThrow();
    await expect(store.get('letter:a')).rejects.toThrow();
    await expect(store.driver()).rejects.toThrow();
    expect(localStorage.length).toBe(0);
  });
});
