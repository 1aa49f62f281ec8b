import type { UserModel } from '../schemas/user-model';

/** What opening a stored user model found. */
export type OpenedUserModel =
  | { kind: 'found'; record: UserModel }
  | { kind: 'missing' }
  /** Stored but unreadable: copied to quarantine, never overwritten; `problems` in French. */
  | { kind: 'set-aside'; problems: string[] };

/**
 * The storage of the user's own models, as the builder and the lists use it. Implemented over
 * the app's `KeyValueStore` (keys `model:<id>`) in `src/lib/models/repository.ts`; tests use the
 * memory store.
 */
export interface UserModelRepository {
  /** Every readable model, newest first, and the keys of those set aside. */
  list(): Promise<{ models: UserModel[]; setAside: string[] }>;
  /** One model by id. */
  open(id: string): Promise<OpenedUserModel>;
  /**
   * Writes `record` as revision `expectedRevision + 1` (stamped now) and returns what was written.
   * Rejects with `UserModelRevisionConflict` (writing nothing) when another tab saved meanwhile,
   * and with a French validation error naming the field when the model is invalid.
   */
  save(record: UserModel, expectedRevision: number): Promise<UserModel>;
  /** Removes a model (letters written from it keep their own copy and still open). */
  remove(id: string): Promise<void>;
}
