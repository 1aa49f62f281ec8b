import type { StorageFailure, StorageSubject } from './failure';

/**
 * `classifyStorageError`, imported when something failed: the failure messages are not on a
 * page's first load.
 */
export async function classifyLater(
  error: unknown,
  subject: StorageSubject,
): Promise<StorageFailure> {
  const { classifyStorageError } = await import('./failure');
  return classifyStorageError(error, subject);
}
