import type { UserModel } from '../schemas/user-model';

/**
 * The other tab's version carried by a revision conflict of the model repository
 * (`UserModelRevisionConflict`, thrown by `save` when another tab saved first), or null for any
 * other error. Read by its name and `theirs` so the builder does not depend on the
 * repository's module, only on the port.
 */
export function conflictTheirs(error: unknown): UserModel | null {
  if (!(error instanceof Error) || error.name !== 'UserModelRevisionConflict') return null;
  const theirs = (error as Error & { theirs?: unknown }).theirs;
  return typeof theirs === 'object' && theirs !== null ? (theirs as UserModel) : null;
}
