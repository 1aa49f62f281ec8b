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
  /**
   * Every record whose key starts with `prefix`, as `[key, value]` pairs (values are copies),
   * read in one pass: one cursor in one transaction over IndexedDB, instead of one `get` (and
   * one transaction) per key. No order is promised: sort the keys if order matters.
   */
  entries(prefix: string): Promise<[string, unknown][]>;
  /**
   * Up to `count` records whose key starts with `prefix` and sorts after `after` (from the
   * first when null), in key order: a long read in slices, so the page is never held up while
   * thousands of records are copied into it. Absent: read them all with `entries`.
   */
  entriesAfter?(prefix: string, after: string | null, count: number): Promise<[string, unknown][]>;
  /**
   * The values under `keys` (null where none), as `[key, value]` pairs in the order of `keys`,
   * read in one pass (one transaction over IndexedDB). Absent: one `get` per key.
   */
  getMany?(keys: readonly string[]): Promise<[string, unknown][]>;
  /**
   * Stores every entry, or none: one readwrite transaction over IndexedDB, so a full disk or a
   * lost connection midway leaves the store as it was. Absent when the store cannot promise
   * that; it may also reject with `AtomicWriteUnavailable` (nothing written) when it finds out
   * late. `writeAll` (`write-all.ts`) falls back to writing one by one and rolling back.
   */
  setMany?(entries: readonly StoreEntry[]): Promise<void>;
}

/** A key and the value to store under it. */
export type StoreEntry = readonly [key: string, value: unknown];
