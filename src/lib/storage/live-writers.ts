import { newId } from '../ids/new-id';

/** The part of `navigator.locks` used here (a double in tests). */
export interface HeldLockManager {
  request(name: string, callback: () => Promise<void>): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

/**
 * Which pages are open and writing, so that a journal entry is replayed only once its page is
 * gone: replaying the entry of a page still typing would make that page's next save a conflict
 * with itself. Each page holds a Web Lock named after its writer id for as long as it lives;
 * the browser releases it when the page closes or crashes.
 */
export interface LiveWriters {
  /** This page's writer id (written in its journal entries). */
  readonly self: string;
  /** Whether the page that wrote as `writer` is still open; false when it cannot be known. */
  isLive(writer: string): Promise<boolean>;
}

const LOCK_PREFIX = 'lettres-de-mission:writer:';

/**
 * The page's writer id, held as a Web Lock until the page goes. Where Web Locks are missing,
 * no page is known to be live: entries are replayed, and a replay racing a live page ends in
 * the conflict prompt, never in a silent overwrite (the save checks revisions).
 */
export function createLiveWriters(
  locks: HeldLockManager | undefined = (
    globalThis.navigator as { locks?: HeldLockManager } | undefined
  )?.locks,
  self: string = newId(),
): LiveWriters {
  if (!locks || typeof locks.request !== 'function' || typeof locks.query !== 'function')
    return { self, isLive: () => Promise.resolve(false) };
  // Held forever: the lock goes with the page.
  void locks.request(LOCK_PREFIX + self, () => new Promise<void>(() => undefined)).catch(() => {});
  return {
    self,
    async isLive(writer) {
      if (writer === self) return true;
      try {
        const { held = [] } = await locks.query();
        return held.some((lock) => lock.name === LOCK_PREFIX + writer);
      } catch {
        return false;
      }
    },
  };
}

/** Writers for tests and pages with no other tab: only this page is live. */
export function aloneWriters(self: string = newId()): LiveWriters {
  return { self, isLive: (writer) => Promise.resolve(writer === self) };
}
