import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { LockManagerLike } from '../../../src/lib/persistence/record-store';
import type { StoreEntry } from '../../../src/lib/storage/store';

/** How one store call fails. */
export type Fault =
  /** `QuotaExceededError`, as IndexedDB rejects a write when the disk or the origin is full. */
  | 'quota'
  /** A generic failure (`AbortError`: the transaction was aborted). */
  | 'throw'
  /** The connection is lost: this call and every later one reject (Safari, localForage #887). */
  | 'lost'
  /** The call never answers (an IndexedDB that hangs). */
  | 'hang';

/** Which store call is being made. */
export type StoreOp = 'get' | 'set' | 'setMany' | 'remove' | 'keys' | 'entries';

/** Decides the fate of the `index`-th call (counted from `arm()`, from 0); null: it works. */
export type FaultPlan = (op: StoreOp, key: string, index: number) => Fault | null;

const errors: Record<Exclude<Fault, 'hang'>, () => DOMException> = {
  quota: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  throw: () => new DOMException('The transaction was aborted.', 'AbortError'),
  lost: () =>
    new DOMException(
      'Connection to Indexed Database server lost. Refresh the page to try again',
      'UnknownError',
    ),
};

/**
 * A memory store whose calls fail when and how a plan says: the k-th write is refused for
 * quota, every call after the k-th one rejects (connection lost), a call never answers… A
 * refused call changes nothing, as an aborted IndexedDB transaction. `disarm()` is the
 * storage working again (space freed, connection back).
 */
export class FaultStore extends MemoryStore {
  /** Calls made since `arm()`. */
  calls = 0;
  #plan: FaultPlan | null = null;
  #lost = false;

  /** Starts counting calls and failing them as `plan` says. */
  arm(plan: FaultPlan): void {
    this.calls = 0;
    this.#plan = plan;
    this.#lost = false;
  }

  /** Storage works again. */
  disarm(): void {
    this.#plan = null;
    this.#lost = false;
  }

  override async get(key: string): Promise<unknown> {
    await this.#gate('get', key);
    return super.get(key);
  }
  override async set(key: string, value: unknown): Promise<void> {
    await this.#gate('set', key);
    return super.set(key, value);
  }
  /** One atomic write of several records (an import): a fault leaves none of them written. */
  override async setMany(entries: readonly StoreEntry[]): Promise<void> {
    await this.#gate('setMany', entries.map(([key]) => key).join(','));
    return super.setMany(entries);
  }
  override async remove(key: string): Promise<void> {
    await this.#gate('remove', key);
    return super.remove(key);
  }
  override async keys(): Promise<string[]> {
    await this.#gate('keys', '');
    return super.keys();
  }
  override async entries(prefix: string): Promise<[string, unknown][]> {
    await this.#gate('entries', prefix);
    return super.entries(prefix);
  }

  /** Every record as stored, ignoring the plan (what the next page load would find). */
  async snapshot(): Promise<Map<string, unknown>> {
    return new Map(await super.entries(''));
  }

  async #gate(op: StoreOp, key: string): Promise<void> {
    if (!this.#plan) return;
    const index = this.calls++;
    const fault = this.#lost ? 'lost' : this.#plan(op, key, index);
    if (fault === null) return;
    if (fault === 'hang') return new Promise<never>(() => {});
    if (fault === 'lost') this.#lost = true;
    throw errors[fault]();
  }
}

/** The k-th call (from 0) fails with `fault`; for `quota`, the k-th write. */
export function atStep(fault: Fault, k: number): FaultPlan {
  if (fault !== 'quota') return (_op, _key, index) => (index === k ? fault : null);
  let writes = 0;
  return (op) => ((op === 'set' || op === 'setMany') && writes++ === k ? 'quota' : null);
}

/**
 * `navigator.locks` as the browser gives it to every tab of the site: tasks under one name run
 * one after the other. Shared by the tabs of a scenario, so a save's read-then-write is atomic
 * as it is in Chromium.
 */
export class MemoryLocks implements LockManagerLike {
  readonly #tails = new Map<string, Promise<unknown>>();

  request<T>(name: string, callback: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(name) ?? Promise.resolve();
    const run = previous.then(callback, callback);
    this.#tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  }
}
