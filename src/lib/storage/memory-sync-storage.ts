import type { SyncStorage } from './journal';

/** A `SyncStorage` kept in memory (tests, and pages where `localStorage` is not wanted). */
export class MemorySyncStorage implements SyncStorage {
  readonly #data = new Map<string, string>();

  get length(): number {
    return this.#data.size;
  }

  key(index: number): string | null {
    return [...this.#data.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#data.set(key, String(value));
  }

  removeItem(key: string): void {
    this.#data.delete(key);
  }
}
