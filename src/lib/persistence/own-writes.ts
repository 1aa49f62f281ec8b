import { isRecord } from '../schemas/is-record';

/** What a repository remembers of its last write under a key. */
interface Written {
  revision: number;
  updatedAt: string;
}

/**
 * The last record a repository wrote under each key, so that the next save, which must read
 * the stored record to check its revision, does not validate it again when it is that very
 * write (same revision, same time stamp): a save then parses its record once. A record another
 * tab wrote since (another revision or time) is read and validated in full, as before.
 */
export class OwnWrites {
  readonly #last = new Map<string, Written>();

  /** Remembers `record` as written under `key`. */
  remember(key: string, record: { revision: number; updatedAt?: string | undefined }): void {
    if (record.updatedAt === undefined) this.#last.delete(key);
    else this.#last.set(key, { revision: record.revision, updatedAt: record.updatedAt });
  }

  /** Forgets `key` (the record was removed, or written by someone else). */
  forget(key: string): void {
    this.#last.delete(key);
  }

  /** Whether `raw`, read under `key`, is this repository's last write there, at `revision`. */
  holds(key: string, raw: unknown, revision: number): boolean {
    const last = this.#last.get(key);
    return (
      last !== undefined &&
      last.revision === revision &&
      isRecord(raw) &&
      raw['revision'] === revision &&
      raw['updatedAt'] === last.updatedAt
    );
  }
}
