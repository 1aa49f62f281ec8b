import localforage from 'localforage';
import type { KeyValueStore, StoreEntry } from './store';
import { putAll } from './idb-batch';
import { AtomicWriteUnavailable } from './write-all';
import { probeStore, type ProbeResult, type StorageProbe } from './probe';
import { STORAGE_TIMEOUT_MS } from './timeout';

export type { ProbeResult } from './probe';

/** Where the app's data lives in the browser. */
export interface LocalforageStoreOptions {
  /** Database name; tests pass their own to start empty. */
  name?: string;
  /** Object store name. */
  storeName?: string;
  /** How long the probe and the pages' first reads wait for an answer; tests shorten it. */
  timeoutMs?: number;
}

/**
 * The default store: one localforage instance over IndexedDB only. No localStorage fallback:
 * letters written there would vanish from « Mes lettres » once IndexedDB works again, so a
 * missing or blocked IndexedDB must surface as a storage failure the page reports (localforage
 * rejects with « No available storage method found »). Errors are passed on untouched (see
 * `failure.ts`).
 */
export class LocalforageStore implements KeyValueStore, StorageProbe {
  readonly #db: LocalForage;
  readonly timeoutMs: number;

  /** Opens (lazily) the `lettres-de-mission` / `donnees` store, or the one named in options. */
  constructor(options: LocalforageStoreOptions = {}) {
    this.#db = localforage.createInstance({
      name: options.name ?? 'lettres-de-mission',
      storeName: options.storeName ?? 'donnees',
      driver: localforage.INDEXEDDB,
    });
    this.timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  }

  /** The driver localforage settled on (`asyncStorage` for IndexedDB); rejects when none. */
  async driver(): Promise<string> {
    await this.#db.ready();
    return this.#db.driver();
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
   * Stores every entry in one IndexedDB transaction: all or none. localforage has no batch
   * write (localForage #17, #941: out of its scope), but once `ready()` resolves its IndexedDB
   * driver keeps the open connection and store name in `_dbInfo` (as the localForage-setItems
   * plugin uses them); values are put as `setItem` puts them (letters hold no Blob). Where
   * that shape is not found, rejects with `AtomicWriteUnavailable` before writing anything.
   */
  async setMany(entries: readonly StoreEntry[]): Promise<void> {
    await this.#db.ready();
    const info = (this.#db as unknown as { _dbInfo?: { db?: unknown; storeName?: unknown } })
      ._dbInfo;
    const db = info?.db as IDBDatabase | null | undefined;
    if (typeof db?.transaction !== 'function' || typeof info?.storeName !== 'string')
      throw new AtomicWriteUnavailable();
    await putAll(db, info.storeName, entries);
  }

  /** Whether the browser lets us store (see `probeStore`); gives up after `timeoutMs`. */
  probe(): Promise<ProbeResult> {
    return probeStore(this, this.timeoutMs);
  }
}
