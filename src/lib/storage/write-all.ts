import type { KeyValueStore, StoreEntry } from './store';

/** Thrown by a store's `setMany` when it cannot write atomically after all; nothing written. */
export class AtomicWriteUnavailable extends Error {
  override readonly name = 'AtomicWriteUnavailable';
  constructor() {
    super('This store cannot write several records in one transaction');
  }
}

/**
 * A write that failed midway and could not be fully undone: `keys` still hold the new values
 * (every other key is as it was). `cause` is the store's original error.
 */
export class PartialWriteError extends Error {
  override readonly name = 'PartialWriteError';
  readonly keys: readonly string[];
  override readonly cause: unknown;
  constructor(cause: unknown, keys: readonly string[]) {
    super(`The write failed and ${keys.length} records could not be rolled back`);
    this.cause = cause;
    this.keys = keys;
  }
}

/**
 * Writes every entry or none. Uses the store's atomic `setMany` when it has one; otherwise
 * writes one by one and, on a failure, rolls back (removes what was added, puts back what was
 * replaced) before rethrowing the original error. Only when the rollback itself fails does it
 * throw `PartialWriteError`, naming exactly the keys that kept their new value.
 */
export async function writeAll(
  store: KeyValueStore,
  entries: readonly StoreEntry[],
): Promise<void> {
  if (store.setMany) {
    try {
      return await store.setMany(entries);
    } catch (error) {
      if (!(error instanceof AtomicWriteUnavailable)) throw error;
    }
  }
  await writeOneByOne(store, entries);
}

async function writeOneByOne(store: KeyValueStore, entries: readonly StoreEntry[]): Promise<void> {
  // Read everything first: a failing read leaves nothing to undo.
  const before = new Map<string, unknown>();
  for (const [key] of entries) if (!before.has(key)) before.set(key, await store.get(key));
  const written: string[] = [];
  try {
    for (const [key, value] of entries) {
      await store.set(key, value);
      written.push(key);
    }
  } catch (error) {
    const kept = await rollBack(store, written, before);
    throw kept.length === 0 ? error : new PartialWriteError(error, kept);
  }
}

/** Undoes the writes, last first; returns the keys it could not undo. */
async function rollBack(
  store: KeyValueStore,
  written: readonly string[],
  before: ReadonlyMap<string, unknown>,
): Promise<string[]> {
  const kept = new Set<string>();
  for (const key of [...written].reverse()) {
    const previous = before.get(key) ?? null;
    try {
      if (previous === null) await store.remove(key);
      else await store.set(key, previous);
    } catch {
      kept.add(key);
    }
  }
  return [...kept];
}
