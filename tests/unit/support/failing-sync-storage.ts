import { MemorySyncStorage } from '../../../src/lib/storage/memory-sync-storage';

/** A `localStorage` that is full: reads work, every write throws `QuotaExceededError`. */
export class FullSyncStorage extends MemorySyncStorage {
  /** Set to false to simulate the user freeing space. */
  full = true;

  override setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

/** A `localStorage` whose every call throws, as when the user blocks site data. */
export class BlockedSyncStorage extends MemorySyncStorage {
  override get length(): number {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  }
  override key(): string | null {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  }
  override getItem(): string | null {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  }
  override setItem(): void {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  }
  override removeItem(): void {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  }
}
