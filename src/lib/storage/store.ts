/**
 * The small key-value interface the app stores everything through. The default implementation
 * is localforage (IndexedDB); tests use the memory one and failing fakes, so every storage
 * failure users meet (quota, private browsing, slow disks) can be reproduced in a unit test.
 */
export interface KeyValueStore {
  /** The stored value, or `null` when the key is missing. */
  get(key: string): Promise<unknown>;
  /** Stores a structured-cloneable value; rejects when the write did not happen. */
  set(key: string, value: unknown): Promise<void>;
  /** Removes the key; resolves even when it was missing. */
  remove(key: string): Promise<void>;
  /** Every key currently stored. */
  keys(): Promise<string[]>;
}
