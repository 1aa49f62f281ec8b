import type { KeyValueStore, StoreEntry } from './store';
import { getKeys, getRange, getValues, putAll } from './idb-batch';
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
  #connection: Promise<IDBDatabase> | undefined;
  /** The connection `#connection` resolved to, while it is open. */
  #openDb: IDBDatabase | undefined;
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

  /** The values under `keys`, in one transaction where the connection is found (see the interface). */
  async getMany(keys: readonly string[]): Promise<[string, unknown][]> {
    try {
      const database = await this.#database();
      if (database) {
        const found = await getValues(database.db, database.storeName, keys);
        if (!found.some(([, value]) => isEncodedBlob(value))) return found;
      }
    } catch {
      // As `#range`: localforage's own reads reopen a closed connection and decode Blobs.
    }
    return Promise.all(
      keys.map(async (key): Promise<[string, unknown]> => [key, await this.get(key)]),
    );
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
    try {
      await putAll(database.db, database.storeName, entries);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
      // Our connection was closed under us (the site's data cleared: the database is gone).
      // Nothing was written; localforage reopens and recreates the database on its next call,
      // so the caller writes one by one through it, and the next batch opens a new connection.
      this.#dropConnection(database.db);
      throw new AtomicWriteUnavailable();
    }
  }

  /**
   * A connection of our own to the IndexedDB database localforage keeps the records in, for the
   * writes and reads that need one transaction over many keys: through the browser's public
   * API and localforage's public `config()`, never the library's private fields. Once `ready()`
   * has resolved, the database and its store exist. Null where IndexedDB or the store is not
   * there (the callers fall back, or refuse the atomic write).
   */
  async #database(): Promise<{ db: IDBDatabase; storeName: string } | null> {
    const instance = await this.#db();
    await instance.ready();
    const { name, storeName } = instance.config();
    if (typeof indexedDB === 'undefined' || !name || !storeName) return null;
    this.#connection ??= openConnection(name).then(
      (db) => {
        // localforage adds a store with a new version, and a deleted database asks first:
        // let them through, and open again on the next call. A connection the browser closed
        // (site data cleared) is opened again too.
        db.onversionchange = () => this.#dropConnection(db);
        db.onclose = () => this.#dropConnection(db);
        this.#openDb = db;
        return db;
      },
      (error: unknown) => {
        this.#connection = undefined;
        throw error;
      },
    );
    const db = await this.#connection;
    if (db.objectStoreNames.contains(storeName)) return { db, storeName };
    // Not (or no longer) created: localforage's own calls create it; ask again next time.
    this.#dropConnection(db);
    return null;
  }

  /** Closes `db` and forgets it, unless a newer connection took its place already. */
  #dropConnection(db: IDBDatabase): void {
    db.close();
    if (this.#openDb !== db) return;
    this.#openDb = undefined;
    this.#connection = undefined;
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

/** Opens the database `name` at its current version. */
function openConnection(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB: cannot open ${name}`));
  });
}

/** A Blob localforage stored encoded (no Blob support in IndexedDB): only its reads decode it. */
function isEncodedBlob(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { __local_forage_encoded_blob?: unknown }).__local_forage_encoded_blob === true
  );
}
