import type { UserModel } from '../schemas/user-model';
import type { SavedKind } from '../persistence/saved-kind';
import { sameContent } from '../persistence/same-content';
import { keys } from '../persistence/keys';
import type { UserModelRepository } from './repository-port';

/** The user's models as a kind of saved record: keyed by id, revisions carried by the record. */
export function modelKind(
  repo: Pick<UserModelRepository, 'save'>,
  delayMs = 600,
): SavedKind<UserModel, UserModel> {
  return {
    subject: 'model',
    delayMs,
    keyOf: (record) => keys.model(record.id),
    baseOf: (record) => record.revision,
    save: (record, base) => repo.save(record, base),
    theirsOf: conflictTheirs,
    holds: (stored, record) => sameContent(stored.model, record.model),
    revisionOf: (record) => record.revision,
    savedAt: (record) => new Date(record.updatedAt),
  };
}

/**
 * The other tab's version carried by a revision conflict (`UserModelRevisionConflict`, thrown
 * by `save` when another tab saved first), or null for any other error. Read by its name and
 * `theirs`: any implementation of the repository port may throw it, not only this module's.
 */
function conflictTheirs(error: unknown): UserModel | null {
  if (!(error instanceof Error) || error.name !== 'UserModelRevisionConflict') return null;
  const theirs = (error as Error & { theirs?: unknown }).theirs;
  return typeof theirs === 'object' && theirs !== null ? (theirs as UserModel) : null;
}
