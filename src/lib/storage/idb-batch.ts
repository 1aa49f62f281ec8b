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
