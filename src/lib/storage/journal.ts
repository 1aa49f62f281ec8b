import { z } from 'zod';
import { revisionSchema } from '../schemas/revision';

/**
 * The part of Web Storage the journal uses: `localStorage`, or a fake in tests. Its calls are
 * synchronous, which is the whole point: a change is on disk before the keystroke handler
 * returns, so closing the page a millisecond later loses nothing.
 */
export interface SyncStorage {
  getItem(key: string): string | null;
  /** Throws (`QuotaExceededError`) when the storage is full. */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** One record's latest change not yet confirmed written to the main store (IndexedDB). */
export interface JournalEntry<T> {
  /** The whole record as last changed. */
  record: T;
  /** The stored revision the change is based on (0 for a record never written). */
  base: number;
  /** When the change was journalled (ISO 8601). */
  at: string;
  /** Which page wrote it: a page clears only its own entry, and a live page's entry is not replayed. */
  writer: string;
}

/** The envelope of an entry as stored; the record inside is checked by the journal's `parse`. */
const entrySchema = z.object({
  record: z.unknown(),
  base: revisionSchema,
  at: z.string(),
  writer: z.string(),
});

/**
 * What `write` did: `written`; `off` when the journal has no storage (none in tests, or after
 * `stopJournal`: nothing was tried); `failed` when the storage threw `error` (full:
 * `QuotaExceededError`, or blocked): the change is then kept nowhere but in the page.
 */
export type JournalWrite =
  { state: 'written' } | { state: 'off' } | { state: 'failed'; error: unknown };

/** Prefix of every journal key in the storage, so the journal never reads anything else. */
export const JOURNAL_PREFIX = 'lettres-de-mission:journal:';

/**
 * A write-ahead journal: the latest pending value of each record, written synchronously before
 * the debounced write to the main store, cleared once that write resolved. Generic over the
 * record (letters now): `parse` checks a journalled record and returns null when unreadable.
 *
 * It never throws: storage that is missing (blocked cookies), full or broken makes the journal
 * do nothing, and `write` says so. A write that failed (full or broken) makes the letters' saver
 * write to the main store at once, and the page say why. The normal save runs either way.
 */
export class WriteAheadJournal<T> {
  readonly #storage: SyncStorage | null;
  readonly #parse: (key: string, raw: unknown) => T | null;

  /** `storage` is null when there is none; `parse` checks a record read back under its key. */
  constructor(storage: SyncStorage | null, parse: (key: string, raw: unknown) => T | null) {
    this.#storage = storage;
    this.#parse = parse;
  }

  /** Records the latest pending value of `key`, replacing the previous one; says if it could. */
  write(key: string, entry: JournalEntry<T>): JournalWrite {
    if (!this.#storage) return { state: 'off' };
    try {
      this.#storage.setItem(JOURNAL_PREFIX + key, JSON.stringify(entry));
      return { state: 'written' };
    } catch (error) {
      // Full or broken: a stale entry must not outlive the newer edits it no longer holds.
      this.#remove(key);
      return { state: 'failed', error };
    }
  }

  /** The entry of `key`, or null when there is none or it is unreadable (then dropped). */
  read(key: string): JournalEntry<T> | null {
    let text: string | null;
    try {
      text = this.#storage?.getItem(JOURNAL_PREFIX + key) ?? null;
    } catch {
      return null;
    }
    if (text === null) return null;
    const entry = this.#decode(key, text);
    if (!entry) this.#remove(key);
    return entry;
  }

  /** Every readable entry whose record key starts with `prefix`, as `[key, entry]` pairs. */
  entries(prefix: string): [string, JournalEntry<T>][] {
    const found: [string, JournalEntry<T>][] = [];
    for (const key of this.#keys()) {
      if (!key.startsWith(prefix)) continue;
      const entry = this.read(key);
      if (entry) found.push([key, entry]);
    }
    return found;
  }

  /**
   * Drops the entry of `key`, only if `writer` wrote it (another page's newer edits stay). Reads
   * the envelope only: the record inside is not validated again just to learn its writer.
   */
  clear(key: string, writer: string): void {
    let text: string | null;
    try {
      text = this.#storage?.getItem(JOURNAL_PREFIX + key) ?? null;
    } catch {
      return;
    }
    if (text !== null && this.#envelope(text)?.writer === writer) this.#remove(key);
  }

  /** Record keys of every journal entry (read all first: removing shifts the indexes). */
  #keys(): string[] {
    const storage = this.#storage;
    const keys: string[] = [];
    try {
      for (let index = 0; storage && index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key.slice(JOURNAL_PREFIX.length));
      }
    } catch {
      return [];
    }
    return keys;
  }

  /** The entry's envelope (its record not checked), or null when it is not one. */
  #envelope(text: string): z.output<typeof entrySchema> | null {
    try {
      const envelope = entrySchema.safeParse(JSON.parse(text));
      return envelope.success ? envelope.data : null;
    } catch {
      return null;
    }
  }

  #decode(key: string, text: string): JournalEntry<T> | null {
    const envelope = this.#envelope(text);
    if (!envelope) return null;
    const record = this.#parse(key, envelope.record);
    return record === null ? null : { ...envelope, record };
  }

  #remove(key: string): void {
    try {
      this.#storage?.removeItem(JOURNAL_PREFIX + key);
    } catch {
      // Nothing to do: the entry is dropped at the next read that finds it superseded.
    }
  }
}

/** The browser's `localStorage`, or null where it is missing or blocked (reading it can throw). */
export function browserSyncStorage(): SyncStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
