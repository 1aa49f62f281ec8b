import { userModelSchema, type UserModel } from '../schemas/user-model';
import type { KeyValueStore } from '../storage/store';
import { createLock, RecordStore } from '../persistence/record-store';
import type { RecordKind } from '../persistence/record-kind';
import { fieldIssues } from '../validation/issues';
import { frenchErrorMap } from '../validation/french-issues';
import { keys, MODEL_PREFIX } from '../persistence/keys';
import { byKey } from '../persistence/quarantine';
import type { OpenedUserModel, UserModelRepository } from './repository-port';
import { InvalidUserModelError, UserModelRevisionConflict } from './errors';
import { readUserModel } from './migrate';
import { userModelPlace } from './place';

/** The user's models as a kind of stored record: keyed by id, revision carried by the record. */
const userModelRecords: RecordKind<UserModel, UserModel> = {
  keyOf: (record) => keys.model(record.id),
  read: readUserModel,
  validate: (record) => validateUserModel(record),
  stamp: (record, revision, updatedAt) => ({ ...record, revision, updatedAt }),
  conflict: (theirs) => new UserModelRevisionConflict(theirs),
  invalidRevision: (revision) =>
    new InvalidUserModelError([
      { where: 'le numéro de révision', message: `${revision} hors limites` },
    ]),
};

/**
 * The user's models over a key-value store (keys `model:<id>`): a `RecordStore` of
 * `userModelRecords`, with the letters' guarantees (validated reads, unreadable records set
 * aside, revisions checked under the cross-tab lock).
 */
export class StoredUserModels
  extends RecordStore<UserModel, UserModel>
  implements UserModelRepository
{
  /** `now` stamps `updatedAt`; `lock` serialises read-then-write across tabs (Web Locks). */
  constructor(store: KeyValueStore, now: () => Date = () => new Date(), lock = createLock()) {
    super(store, userModelRecords, now, lock);
  }

  async list(): Promise<{ models: UserModel[]; setAside: string[] }> {
    const { records, rejected } = await this.listKeyed(MODEL_PREFIX);
    return { models: records, setAside: rejected.map(({ key }) => key) };
  }

  /** The problems of each set-aside model, by key (for the list's warning). */
  async problems(): Promise<{ key: string; problems: string[] }[]> {
    const records = (await this.store.entries(MODEL_PREFIX)).sort(byKey);
    return records.flatMap(([key, raw]) => {
      const reading = raw === null ? null : readUserModel(key, raw);
      return reading && !reading.ok ? [{ key, problems: reading.problems }] : [];
    });
  }

  async open(id: string): Promise<OpenedUserModel> {
    return this.openKey(keys.model(id));
  }

  /**
   * A model from a file (import, backup) written as a new record: refused with
   * `UserModelRevisionConflict` when a record is stored under its id meanwhile, so an import
   * never replaces a model. The caller gives it a free id first (see `share.ts`).
   */
  add(record: UserModel): Promise<UserModel> {
    return this.put(this.validate(record), (_raw, stored) =>
      stored ? new UserModelRevisionConflict(stored) : null,
    );
  }

  async remove(id: string): Promise<void> {
    await this.removeKey(keys.model(id));
  }

  /**
   * Undo of `remove`: writes the deleted model back as it was. Refused with
   * `UserModelRevisionConflict` (writing nothing) when another tab stored it again since.
   */
  async undoRemove(record: UserModel): Promise<UserModel> {
    return this.add(record);
  }
}

/** The model checked before any write; throws `InvalidUserModelError`, naming each field. */
export function validateUserModel(record: UserModel): UserModel {
  const result = userModelSchema.safeParse(record, { errorMap: frenchErrorMap });
  if (!result.success)
    throw new InvalidUserModelError(
      fieldIssues(result.error, (path) => userModelPlace(path, record)),
    );
  return result.data;
}
