import type { KeyValueStore, StoreEntry } from '../storage/store';
import { AtomicWriteUnavailable } from '../storage/write-all';
import { MAX_REVISION } from '../schemas/revision';
import { isRecord } from '../schemas/is-record';
import { byKey, quarantine, type RejectedRecord } from './quarantine';
import type { RecordKind, Revisioned } from './record-kind';

/** Runs `task` while holding the lock `name`, so two tabs never interleave read-then-write. */
export type WithLock = <T>(name: string, task: () => Promise<T>) => Promise<T>;

/** The part of `navigator.locks` used here (a double in tests). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * A lock shared by every tab of the site (Web Locks API). A save reads the stored revision
 * then writes: without the lock, two tabs could both read revision 1 and both write revision 2.
 * Where Web Locks are missing (old browsers, Node), the task simply runs: the revision check
 * still catches every conflict except a write landing in that millisecond-wide window.
 */
export function createLock(
  locks: LockManagerLike | undefined = (
    globalThis.navigator as { locks?: LockManagerLike } | undefined
  )?.locks,
): WithLock {
  if (!locks || typeof locks.request !== 'function') return (_name, task) => task();
  return (name, task) => locks.request(`lettres-de-mission:${name}`, task);
}

/** A record looked up by key: found, absent, or present but unreadable (set aside). */
export type OpenedRecord<Stored> =
  | { kind: 'found'; record: Stored }
  | { kind: 'missing' }
  | { kind: 'set-aside'; problems: string[] };

/**
 * Records of one kind (see `RecordKind`) over a key-value store, with every guarantee written
 * once: each read is validated and old formats migrated (and written back); an unreadable
 * record is copied to quarantine before anything replaces it, and a read never fails because
 * of such repairs on the side; each save validates its record once and checks, under the
 * cross-tab lock, the revision it is based on; a record and what derives from it are written
 * in one transaction. Storage errors propagate untouched.
 */
export class RecordStore<Draft, Stored extends Revisioned> {
  protected readonly store: KeyValueStore;
  protected readonly lock: WithLock;
  readonly #kind: RecordKind<Draft, Stored>;
  readonly #now: () => Date;
  /**
   * This store's last write under each key: the next save, which reads the stored record to
   * check its revision, does not validate it again when it is that very write (same revision,
   * same time stamp), so a save parses its record once.
   */
  readonly #own = new Map<string, { revision: number; updatedAt: string }>();

  /** `now` stamps `updatedAt`; `lock` serialises read-then-write across tabs (Web Locks). */
  constructor(
    store: KeyValueStore,
    kind: RecordKind<Draft, Stored>,
    now: () => Date = () => new Date(),
    lock: WithLock = createLock(),
  ) {
    this.store = store;
    this.#kind = kind;
    this.#now = now;
    this.lock = lock;
  }

  /**
   * Writes `draft` as revision `expectedRevision + 1`, stamped now, and returns what was
   * written. Throws the kind's conflict (writing nothing) when the stored revision is not
   * `expectedRevision`: another tab saved meanwhile. An unreadable stored record is copied
   * aside first, so nothing is lost.
   */
  async save(draft: Draft, expectedRevision: number): Promise<Stored> {
    const kind = this.#kind;
    const valid = kind.validate(draft);
    // The written revision must pass the schema too, or the next read would set it aside.
    if (
      !(Number.isInteger(expectedRevision) && expectedRevision >= 0) ||
      expectedRevision >= MAX_REVISION
    )
      throw kind.invalidRevision(expectedRevision);
    const key = kind.keyOf(valid);
    return this.lock(key, async () => {
      const raw = await this.store.get(key);
      if (raw !== null && !this.#holds(key, raw, expectedRevision)) {
        const stored = await this.#readForWrite(key, raw);
        if (stored && stored.revision !== expectedRevision) throw kind.conflict(stored);
      }
      const now = this.#now().toISOString();
      return this.#write(key, kind.stamp(valid, expectedRevision + 1, now));
    });
  }

  /** The draft checked as a save checks it (throws the kind's error naming each field). */
  protected validate(draft: Draft): Draft {
    return this.#kind.validate(draft);
  }

  /** The record under `key`, migrated if needed (and written back); unreadable: set aside. */
  protected async openKey(key: string): Promise<OpenedRecord<Stored>> {
    const raw = await this.store.get(key);
    if (raw === null) return { kind: 'missing' };
    const reading = this.#kind.read(key, raw);
    if (!reading.ok) {
      // A failed copy is retried on the next read; the record itself is still in place.
      await quarantine(this.store, key, raw).catch(() => undefined);
      return { kind: 'set-aside', problems: reading.problems };
    }
    if (reading.migrated) await this.rewriteMigrated(key).catch(() => undefined);
    return { kind: 'found', record: reading.record };
  }

  /** Every readable record under `prefix`, newest first; the unreadable ones set aside. */
  protected async listKeyed(
    prefix: string,
  ): Promise<{ records: Stored[]; rejected: RejectedRecord[] }> {
    // One read for every record (one cursor, one transaction), in key order.
    return this.#readAll((await this.store.entries(prefix)).sort(byKey));
  }

  /**
   * The readable records under `wanted` (absent ones skipped), newest first; the unreadable
   * ones set aside, as `listKeyed` reads them. One transaction where the store can.
   */
  protected async listKeys(
    wanted: readonly string[],
  ): Promise<{ records: Stored[]; rejected: RejectedRecord[] }> {
    const { store } = this;
    const entries = store.getMany
      ? await store.getMany(wanted)
      : await Promise.all(
          wanted.map(async (key): Promise<[string, unknown]> => [key, await store.get(key)]),
        );
    return this.#readAll(entries);
  }

  /** Raw entries read as records: validated, migrated (written back), unreadable set aside. */
  async #readAll(
    entries: readonly [string, unknown][],
  ): Promise<{ records: Stored[]; rejected: RejectedRecord[] }> {
    const records: Stored[] = [];
    const rejected: RejectedRecord[] = [];
    for (const [key, raw] of entries) {
      if (raw === null || raw === undefined) continue; // as `get` reads it: nothing there
      const reading = this.#kind.read(key, raw);
      if (!reading.ok) {
        rejected.push({ key, problems: reading.problems });
        await quarantine(this.store, key, raw).catch(() => undefined);
        continue;
      }
      if (reading.migrated) await this.rewriteMigrated(key).catch(() => undefined);
      records.push(reading.record);
    }
    // Parse each date once, not at every comparison.
    const time = new Map(records.map((record) => [record, Date.parse(record.updatedAt ?? '')]));
    records.sort((a, b) => (time.get(b) || 0) - (time.get(a) || 0));
    return { records, rejected };
  }

  /**
   * Writes `record` as it is (an import, a copy, an undo), after `refuse` found no reason not
   * to given what is stored: the stored record, or null (none, or unreadable: set aside first).
   */
  protected async put(
    record: Stored,
    refuse: (raw: unknown, stored: Stored | null) => Error | null = () => null,
  ): Promise<Stored> {
    const key = this.#kind.keyOf(record);
    return this.lock(key, async () => {
      const raw = await this.store.get(key);
      if (raw !== null) {
        const reading = this.#kind.read(key, raw);
        const refused = refuse(raw, reading.ok ? reading.record : null);
        if (refused) throw refused;
        if (!reading.ok) await quarantine(this.store, key, raw);
      }
      return this.#write(key, record);
    });
  }

  /**
   * A read-then-write under the lock: `change` gets the stored record (null when none, or
   * unreadable: then set aside) and returns the draft to save as its next revision, or null to
   * keep it. Another tab's saved edits are kept; a tab with edits pending gets a conflict.
   * `validate` checks the draft (the kind's own check unless a caller writes back stored data).
   */
  protected async update(
    key: string,
    change: (stored: Stored | null) => Draft | null,
    validate: (draft: Draft) => Draft = (draft) => this.#kind.validate(draft),
  ): Promise<Stored | null> {
    return this.lock(key, async () => {
      const stored = await this.#readForWrite(key, await this.store.get(key));
      const draft = change(stored);
      if (draft === null) return null;
      const valid = validate(draft);
      const now = this.#now().toISOString();
      return this.#write(key, this.#kind.stamp(valid, (stored?.revision ?? 0) + 1, now));
    });
  }

  /**
   * Removes the record and what derives from it; returns it (for « Annuler »), or null when
   * there was none or it was unreadable (then kept in quarantine: nothing recoverable is lost).
   */
  protected async removeKey(key: string): Promise<Stored | null> {
    return this.lock(key, async () => {
      const raw = await this.store.get(key);
      if (raw === null) return null;
      const reading = this.#kind.read(key, raw);
      if (!reading.ok) await quarantine(this.store, key, raw);
      this.#own.delete(key);
      await this.store.remove(key);
      // A derived record left behind (the removal failed, the tab closed) is dropped on reading.
      for (const beside of this.#kind.besideKeys?.(key) ?? [])
        await this.store.remove(beside).catch(() => undefined);
      return reading.ok ? reading.record : null;
    });
  }

  /** What is written for `record`: itself under its key, and what derives from it. */
  protected entriesOf(record: Stored): StoreEntry[] {
    return [[this.#kind.keyOf(record), record], ...(this.#kind.besides?.(record) ?? [])];
  }

  /** Forgets this store's last writes under `keys`: another writer (an import) replaces them. */
  protected forget(keys: readonly string[]): void {
    for (const key of keys) this.#own.delete(key);
  }

  /**
   * Writes an old-format record in its current form, unless another tab saved it meanwhile.
   * Where the kind says so, the old record is copied first and that copy removed only once the
   * new one is written: a failed write leaves the old record in place, migrated next read.
   */
  async rewriteMigrated(key: string): Promise<void> {
    await this.lock(key, async () => {
      const raw = await this.store.get(key);
      const current = raw === null ? null : this.#kind.read(key, raw);
      if (!current?.ok || !current.migrated) return;
      const backup = this.#kind.migrationBackupKey?.(current.record);
      if (backup) await this.store.set(backup, raw);
      this.#own.delete(key);
      await this.store.set(key, current.record);
      if (backup) await this.store.remove(backup);
    });
  }

  /** The stored record, or null when none or unreadable (then copied aside: it is replaced). */
  async #readForWrite(key: string, raw: unknown): Promise<Stored | null> {
    if (raw === null) return null;
    const reading = this.#kind.read(key, raw);
    if (reading.ok) return reading.record;
    await quarantine(this.store, key, raw);
    return null;
  }

  /** Whether `raw`, read under `key`, is this store's last write there, at `revision`. */
  #holds(key: string, raw: unknown, revision: number): boolean {
    const last = this.#own.get(key);
    return (
      last !== undefined &&
      last.revision === revision &&
      isRecord(raw) &&
      raw['revision'] === revision &&
      raw['updatedAt'] === last.updatedAt
    );
  }

  async #write(key: string, record: Stored): Promise<Stored> {
    this.#own.delete(key);
    const besides = this.#kind.besides?.(record) ?? [];
    if (besides.length === 0) await this.store.set(key, record);
    else await writeTogether(this.store, [key, record], besides);
    if (record.updatedAt !== undefined)
      this.#own.set(key, { revision: record.revision, updatedAt: record.updatedAt });
    return record;
  }
}

/**
 * Writes a record and what derives from it in one transaction where the store allows it (all or
 * none). Elsewhere the record goes first, then the rest: a derived write that fails (or a tab
 * closed between the two) leaves it stale, and it is rebuilt from the record on reading.
 */
async function writeTogether(
  store: KeyValueStore,
  main: StoreEntry,
  besides: readonly StoreEntry[],
): Promise<void> {
  if (store.setMany) {
    try {
      return await store.setMany([main, ...besides]);
    } catch (error) {
      if (!(error instanceof AtomicWriteUnavailable)) throw error;
    }
  }
  await store.set(...main);
  for (const beside of besides) await store.set(...beside).catch(() => undefined);
}
