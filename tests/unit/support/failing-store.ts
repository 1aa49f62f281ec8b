import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore, StoreEntry } from '../../../src/lib/storage/store';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A memory store whose writes fail with QuotaExceededError while `full` is true. */
export class QuotaStore extends MemoryStore {
  /** Set to false to simulate the user freeing space. */
  full = true;

  override async set(key: string, value: unknown): Promise<void> {
    if (this.full) throw quotaError();
    return super.set(key, value);
  }

  override async setMany(entries: readonly StoreEntry[]): Promise<void> {
    if (this.full) throw quotaError();
    return super.setMany(entries);
  }
}

/** Every call rejects, as IndexedDB does in Firefox private browsing. */
export class UnavailableStore extends MemoryStore {
  #fail(): Promise<never> {
    return Promise.reject(
      new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      ),
    );
  }
  override get(): Promise<unknown> {
    return this.#fail();
  }
  override set(): Promise<void> {
    return this.#fail();
  }
  override remove(): Promise<void> {
    return this.#fail();
  }
  override keys(): Promise<string[]> {
    return this.#fail();
  }
  override entries(): Promise<[string, unknown][]> {
    return this.#fail();
  }
  override setMany(): Promise<void> {
    return this.#fail();
  }
}

/** Writes wait until the test calls `release()`: the disk is as slow as the test wants. */
export class SlowStore extends MemoryStore {
  #waiting: (() => void)[] = [];

  /** How many writes have started and not finished. */
  get writesInFlight(): number {
    return this.#waiting.length;
  }

  override async set(key: string, value: unknown): Promise<void> {
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
    return super.set(key, value);
  }

  override async setMany(entries: readonly StoreEntry[]): Promise<void> {
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
    return super.setMany(entries);
  }

  /** Lets every waiting write finish. */
  release(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }
}

/** Writes to keys matching `failOn` fail (a generic write error); the rest works. */
export class SelectiveFailStore extends MemoryStore {
  /** Which writes fail; change it after seeding the store. */
  failOn: (key: string) => boolean;

  constructor(failOn: (key: string) => boolean = () => false) {
    super();
    this.failOn = failOn;
  }

  override async set(key: string, value: unknown): Promise<void> {
    if (this.failOn(key)) throw new DOMException('The transaction was aborted.', 'AbortError');
    return super.set(key, value);
  }

  /** One transaction: a failing key aborts it all. */
  override async setMany(entries: readonly StoreEntry[]): Promise<void> {
    if (entries.some(([key]) => this.failOn(key)))
      throw new DOMException('The transaction was aborted.', 'AbortError');
    return super.setMany(entries);
  }
}

/**
 * Every call waits for good, as IndexedDB does when its open never fires `success` (another
 * tab holding an old version open, a stuck profile). `calls` counts what was asked.
 */
export class HangingStore extends MemoryStore {
  /** How many calls are waiting. */
  calls = 0;

  #hang(): Promise<never> {
    this.calls += 1;
    return new Promise<never>(() => {});
  }
  override get(): Promise<unknown> {
    return this.#hang();
  }
  override set(): Promise<void> {
    return this.#hang();
  }
  override remove(): Promise<void> {
    return this.#hang();
  }
  override keys(): Promise<string[]> {
    return this.#hang();
  }
  override entries(): Promise<[string, unknown][]> {
    return this.#hang();
  }
  override setMany(): Promise<void> {
    return this.#hang();
  }
}

/**
 * A store that cannot write atomically (no `setMany`), over a memory store `inner`: the
 * `failAt`-th write from now fails with a quota error (0: none), and while `rollbackFails`
 * holds, writes and removals after that failure fail too (a rollback that cannot finish).
 */
export class OneByOneStore implements KeyValueStore {
  readonly inner = new MemoryStore();
  failAt = 0;
  rollbackFails = false;
  /** How many writes were attempted. */
  writes = 0;
  #broken = false;

  get(key: string): Promise<unknown> {
    return this.inner.get(key);
  }
  async set(key: string, value: unknown): Promise<void> {
    this.writes += 1;
    if (this.#broken && this.rollbackFails) throw quotaError();
    if (this.writes === this.failAt) {
      this.#broken = true;
      throw quotaError();
    }
    return this.inner.set(key, value);
  }
  async remove(key: string): Promise<void> {
    if (this.#broken && this.rollbackFails) throw quotaError();
    return this.inner.remove(key);
  }
  keys(): Promise<string[]> {
    return this.inner.keys();
  }
  entries(prefix: string): Promise<[string, unknown][]> {
    return this.inner.entries(prefix);
  }
}
