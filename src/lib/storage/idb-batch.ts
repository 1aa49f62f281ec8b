import type { StoreEntry } from './store';

/**
 * Puts every entry into `storeName` in one readwrite transaction, and resolves once it
 * committed. IndexedDB commits all the puts or none: a quota error, a value that cannot be
 * cloned or a closing connection aborts the transaction, and the promise rejects with why.
 */
export function putAll(
  db: IDBDatabase,
  storeName: string,
  entries: readonly StoreEntry[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    let transaction: IDBTransaction;
    try {
      transaction = db.transaction(storeName, 'readwrite');
    } catch (error) {
      reject(error); // a closed connection throws here: nothing was written
      return;
    }
    transaction.oncomplete = () => resolve();
    transaction.onabort = () =>
      reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    try {
      const store = transaction.objectStore(storeName);
      for (const [key, value] of entries) store.put(value, key);
    } catch (error) {
      // A value that cannot be cloned throws synchronously: undo the puts made so far.
      reject(error);
      transaction.abort();
    }
  });
}

/** The smallest string after every string that starts with `prefix` (an exclusive bound). */
function pastPrefix(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/** The key range of every key that starts with `prefix`, and sorts after `after` when given. */
function prefixRange(prefix: string, after: string | null): IDBKeyRange | undefined {
  const upper = prefix === '' ? undefined : pastPrefix(prefix);
  const lower = after ?? prefix;
  if (upper === undefined)
    return lower === '' ? undefined : IDBKeyRange.lowerBound(lower, after !== null);
  return IDBKeyRange.bound(lower, upper, after !== null, true);
}

/**
 * The keys of `storeName` that start with `prefix` (every key for ''), in key order, with one
 * `getAllKeys` request: no value is read, so listing the letters' keys costs a few bytes each
 * instead of copying every full letter into the page.
 */
export function getKeys(db: IDBDatabase, storeName: string, prefix: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    try {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const request = store.getAllKeys(prefixRange(prefix, null));
      request.onsuccess = () => resolve(request.result.map(String));
      request.onerror = () => reject(request.error);
    } catch (error) {
      reject(error); // a closed connection throws here
    }
  });
}

/**
 * Up to `count` records (all when undefined) of `storeName` whose key starts with `prefix` and
 * comes after `after` (from the first when null), in key order, read with two requests in one
 * read-only transaction: `getAllKeys` and `getAll` over the same key range. Unlike a cursor over
 * the whole store, records under other prefixes (full letters, when summaries are read) are
 * never read nor copied into the page.
 */
export function getRange(
  db: IDBDatabase,
  storeName: string,
  prefix: string,
  after: string | null = null,
  count?: number,
): Promise<[string, unknown][]> {
  return new Promise((resolve, reject) => {
    try {
      const range = prefixRange(prefix, after);
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const keysRequest = store.getAllKeys(range, count);
      const valuesRequest = store.getAll(range, count);
      valuesRequest.onsuccess = () => {
        const found = keysRequest.result;
        const values = valuesRequest.result as unknown[];
        resolve(found.map((key, index) => [String(key), values[index]]));
      };
      valuesRequest.onerror = () => reject(valuesRequest.error);
      keysRequest.onerror = () => reject(keysRequest.error);
    } catch (error) {
      reject(error); // a closed connection throws here
    }
  });
}

/**
 * The values under `keys` of `storeName` (null where none), in the order of `keys`, read with
 * one `get` each in one read-only transaction: a few hundred letters picked by id (a school
 * year's) cost one transaction, not one each.
 */
export function getValues(
  db: IDBDatabase,
  storeName: string,
  keys: readonly string[],
): Promise<[string, unknown][]> {
  return new Promise((resolve, reject) => {
    try {
      const transaction = db.transaction(storeName, 'readonly');
      const store = transaction.objectStore(storeName);
      const requests = keys.map((key) => store.get(key));
      transaction.oncomplete = () =>
        resolve(keys.map((key, index) => [key, requests[index]?.result ?? null]));
      transaction.onabort = () =>
        reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    } catch (error) {
      reject(error); // a closed connection throws here
    }
  });
}
