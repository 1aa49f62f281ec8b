import type { KeyValueStore, StoreEntry } from './store';
import { getKeys, getRange, putAll } from './idb-batch';
import { AtomicWriteUnavailable } from './write-all';
import type { ProbeResult, StorageProbe } from './probe';
import { STORAGE_TIMEOUT_MS } from './timeout';
import { loadLocalforage } from './load-localforage';

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
  readonly #options: LocalforageStoreOptions;
  #instance: Promise<LocalForage> | undefined;
  readonly timeoutMs: number;

  /** Opens (lazily) the `lettres-de-mission` / `donnees` store, or the one named in options. */
  constructor(options: LocalforageStoreOptions = {}) {
    this.#options = options;
    this.timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  }

  /**
   * The localforage instance, its library loaded on first use: the pages' first load does not
   * carry it (its 9 kB gzip load beside the page's first paint). A failed load is retried next
   * call; meanwhile it rejects like a storage failure (the probe reports it).
   */
  #db(): Promise<LocalForage> {
    this.#instance ??= loadLocalforage().then(
      ({ default: localforage }) =>
        localforage.createInstance({
          name: this.#options.name ?? 'lettres-de-mission',
          storeName: this.#options.storeName ?? 'donnees',
          driver: localforage.INDEXEDDB,
        }),
      (error: unknown) => {
        this.#instance = undefined;
        throw error;
      },
    );
    return this.#instance;
  }

  /** The driver localforage settled on (`asyncStorage` for IndexedDB); rejects when none. */
  async driver(): Promise<string> {
    const db = await this.#db();
    await db.ready();
    return db.driver();
  }

  /** The stored value, or `null` when missing. */
  async get(key: string): Promise<unknown> {
    return (await this.#db()).getItem<unknown>(key);
  }

  /** Stores the value; resolves once the transaction completed. */
  async set(key: string, value: unknown): Promise<void> {
    await (await this.#db()).setItem(key, value);
  }

  /** Removes the key. */
  async remove(key: string): Promise<void> {
    await (await this.#db()).removeItem(key);
  }

  /**
   * Every key stored: one `getAllKeys` request where possible (no value read), not a cursor
   * step per key.
   */
  async keys(): Promise<string[]> {
    try {
      const database = await this.#database();
      if (database) return await getKeys(database.db, database.storeName, '');
    } catch {
      // Asked of localforage below, as when the connection is not found.
    }
    return (await this.#db()).keys();
  }

  /**
   * Records whose key starts with `prefix`, read over that key range only (`#range`): records
   * under other prefixes are not read at all. Else one `iterate()` cursor over every record.
   */
  async entries(prefix: string): Promise<[string, unknown][]> {
    const found = await this.#range(prefix, null);
    if (found) return found;
    const out: [string, unknown][] = [];
    // The callback must return undefined: any other value stops the iteration.
    await (
      await this.#db()
    ).iterate<unknown, undefined>((value, key) => {
      if (key.startsWith(prefix)) out.push([key, value]);
    });
    return out;
  }

  /** Up to `count` records under `prefix` after the key `after`, in key order (see the interface). */
  async entriesAfter(
    prefix: string,
    after: string | null,
    count: number,
  ): Promise<[string, unknown][]> {
    const found = await this.#range(prefix, after, count);
    if (found) return found;
    const all = (await this.entries(prefix)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return all.filter(([key]) => after === null || key > after).slice(0, count);
  }

  /**
   * The records of a key range read straight from localforage's connection (`getRange`), or
   * null when that fails for any reason (no such connection, a connection closed that
   * localforage's own calls would reopen, a Blob localforage stored encoded because the browser
   * cannot store Blobs and only its own reads decode): the caller then asks localforage.
   */
  async #range(
    prefix: string,
    after: string | null,
    count?: number,
  ): Promise<[string, unknown][] | null> {
    try {
      const database = await this.#database();
      if (!database) return null;
      const found = await getRange(database.db, database.storeName, prefix, after, count);
      return found.some(([, value]) => isEncodedBlob(value)) ? null : found;
    } catch {
      return null;
    }
  }

  /**
   * Stores every entry in one IndexedDB transaction: all or none. localforage has no batch
   * write (localForage #17, #941: out of its scope), so this goes to its open connection
   * (`#database`); values are put as `setItem` puts them (letters hold no Blob). Where that
   * connection is not found, rejects with `AtomicWriteUnavailable` before writing anything.
   */
  async setMany(entries: readonly StoreEntry[]): Promise<void> {
    const database = await this.#database();
    if (!database) throw new AtomicWriteUnavailable();
    await putAll(database.db, database.storeName, entries);
  }

  /**
   * localforage's open IndexedDB connection and store name, or null where that shape is not
   * found: once `ready()` resolves its IndexedDB driver keeps them in `_dbInfo` (as the
   * localForage-setItems plugin uses them).
   */
  async #database(): Promise<{ db: IDBDatabase; storeName: string } | null> {
    const instance = await this.#db();
    await instance.ready();
    const info = (instance as unknown as { _dbInfo?: { db?: unknown; storeName?: unknown } })
      ._dbInfo;
    const db = info?.db as IDBDatabase | null | undefined;
    if (typeof db?.transaction !== 'function' || typeof info?.storeName !== 'string') return null;
    return { db, storeName: info.storeName };
  }

  /**
   * Whether the browser lets us store (see `probeStore`); gives up after `timeoutMs`. The probe
   * and its failure messages are imported here, so a page's first load need not carry them.
   */
  async probe(): Promise<ProbeResult> {
    const { probeStore } = await import('./probe');
    return probeStore(this, this.timeoutMs);
  }
}

/** A Blob localforage stored encoded (no Blob support in IndexedDB): only its reads decode it. */
function isEncodedBlob(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { __local_forage_encoded_blob?: unknown }).__local_forage_encoded_blob === true
  );
}
