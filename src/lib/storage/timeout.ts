/**
 * How long the pages wait for the browser's storage to answer when they open. An IndexedDB
 * open can hang for good (another tab holding an old version, a stuck browser profile): past
 * this, the page says so and keeps working in memory instead of « Chargement… » forever.
 */
export const STORAGE_TIMEOUT_MS = 5_000;

/** Storage did not answer in time (see `classifyStorageError`: kind `timeout`). */
export class StorageTimeoutError extends Error {
  override readonly name = 'StorageTimeoutError';

  constructor(ms: number) {
    super(`Storage did not answer within ${ms} ms`);
  }
}

/**
 * `promise`, or a rejection with `StorageTimeoutError` once `ms` have passed. The storage call
 * itself cannot be cancelled: if it ends later, its result is ignored.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
