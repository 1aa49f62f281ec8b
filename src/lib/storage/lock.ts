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
