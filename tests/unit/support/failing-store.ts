import { MemoryStore } from '../../../src/lib/storage/memory-store';

/** A memory store whose writes fail with QuotaExceededError while `full` is true. */
export class QuotaStore extends MemoryStore {
  /** Set to false to simulate the user freeing space. */
  full = true;

  override async set(key: string, value: unknown): Promise<void> {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return super.set(key, value);
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
}
