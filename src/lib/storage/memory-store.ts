import type { KeyValueStore, StoreEntry } from './store';

/**
 * A store kept in memory. Values are deep-copied on the way in and out with `structuredClone`,
 * as IndexedDB does, so a caller mutating an object after `set` cannot change what was stored.
 */
export class MemoryStore implements KeyValueStore {
  readonly #data = new Map<string, unknown>();

  /** The stored value (a copy), or `null` when missing. */
  async get(key: string): Promise<unknown> {
    return this.#data.has(key) ? structuredClone(this.#data.get(key)) : null;
  }

  /** Stores a copy of the value. */
  async set(key: string, value: unknown): Promise<void> {
    this.#data.set(key, structuredClone(value));
  }

  /** Removes the key. */
  async remove(key: string): Promise<void> {
    this.#data.delete(key);
  }

  /** Keys in insertion order. */
  async keys(): Promise<string[]> {
    return [...this.#data.keys()];
  }

  /** Records whose key starts with `prefix` (copies), in insertion order. */
  async entries(prefix: string): Promise<[string, unknown][]> {
    const out: [string, unknown][] = [];
    for (const [key, value] of this.#data) {
      if (key.startsWith(prefix)) out.push([key, structuredClone(value)]);
    }
    return out;
  }

  /** The values under `keys` (copies; null where none), in the order of `keys`. */
  async getMany(keys: readonly string[]): Promise<[string, unknown][]> {
    return keys.map((key) => [
      key,
      this.#data.has(key) ? structuredClone(this.#data.get(key)) : null,
    ]);
  }

  /** Up to `count` records under `prefix` after the key `after` (copies), in key order. */
  async entriesAfter(
    prefix: string,
    after: string | null,
    count: number,
  ): Promise<[string, unknown][]> {
    const found = [...this.#data.keys()]
      .filter((key) => key.startsWith(prefix) && (after === null || key > after))
      .sort()
      .slice(0, count);
    return found.map((key) => [key, structuredClone(this.#data.get(key))]);
  }

  /** Stores copies of every entry, or none: every value is copied before the first is stored. */
  async setMany(entries: readonly StoreEntry[]): Promise<void> {
    const copies = entries.map(([key, value]) => [key, structuredClone(value)] as const);
    for (const [key, value] of copies) this.#data.set(key, value);
  }
}
