import localforage from 'localforage';
import type { KeyValueStore } from './store';
import { classifyStorageError, type StorageFailure } from './failure';

/** Where the app's data lives in the browser. */
export interface LocalforageStoreOptions {
  /** Database name; tests pass their own to start empty. */
  name?: string;
  /** Object store name. */
  storeName?: string;
}

/** The answer of `probe()`: storage works, or why it does not. */
export type ProbeResult = { ok: true } | { ok: false; failure: StorageFailure };

const PROBE_KEY = 'sonde';

/**
 * The default store: one localforage instance, IndexedDB preferred, localStorage as a fallback
 * for browsers where IndexedDB is missing. Errors are passed on untouched (see `failure.ts`).
 */
export class LocalforageStore implements KeyValueStore {
  readonly #db: LocalForage;

  /** Opens (lazily) the `lettres-de-mission` / `donnees` store, or the one named in options. */
  constructor(options: LocalforageStoreOptions = {}) {
    this.#db = localforage.createInstance({
      name: options.name ?? 'lettres-de-mission',
      storeName: options.storeName ?? 'donnees',
      driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
    });
  }

  /** The stored value, or `null` when missing. */
  async get(key: string): Promise<unknown> {
    return this.#db.getItem<unknown>(key);
  }

  /** Stores the value; resolves once the transaction completed. */
  async set(key: string, value: unknown): Promise<void> {
    await this.#db.setItem(key, value);
  }

  /** Removes the key. */
  async remove(key: string): Promise<void> {
    await this.#db.removeItem(key);
  }

  /** Every key stored. */
  async keys(): Promise<string[]> {
    return this.#db.keys();
  }

  /**
   * Records whose key starts with `prefix`, read with `iterate()`: one cursor in one read-only
   * transaction over IndexedDB (a `get` per key costs a transaction each).
   */
  async entries(prefix: string): Promise<[string, unknown][]> {
    const out: [string, unknown][] = [];
    // The callback must return undefined: any other value stops the iteration.
    await this.#db.iterate<unknown, undefined>((value, key) => {
      if (key.startsWith(prefix)) out.push([key, value]);
    });
    return out;
  }

  /**
   * Writes, reads back and removes a probe key: opening a database can succeed in private
   * browsing while writes fail, so only a real write tells whether letters can be saved.
   */
  async probe(): Promise<ProbeResult> {
    try {
      const token = `sonde-${Date.now()}`;
      await this.set(PROBE_KEY, token);
      const read = await this.get(PROBE_KEY);
      await this.remove(PROBE_KEY);
      if (read !== token)
        throw new Error('Storage not available: probe read back a different value');
      return { ok: true };
    } catch (error) {
      return { ok: false, failure: classifyStorageError(error, 'storage') };
    }
  }
}
