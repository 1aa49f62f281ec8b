import type { KeyValueStore } from '../storage/store';
import { createLock, type WithLock } from '../storage/lock';
import type { OpenedUserModel, UserModelRepository } from '../models/repository-port';
import { userModelSchema, type UserModel } from '../schemas/user-model';
import { frenchErrorMap } from '../validation/french-issues';
import { fieldIssues, InvalidRecordError } from '../validation/issues';
import { modelPlace } from './model-place';

// A stand-in for `src/lib/models/repository.ts` (written alongside, with quarantine and
// migrations) so the builder page works before it is wired: same keys (`model:<id>`), same
// revision check under the cross-tab lock, same conflict error name. `services.ts` swaps it.

const PREFIX = 'model:';

/** Another tab saved the model first: nothing was written (named as the real one). */
class InterimRevisionConflict extends Error {
  readonly theirs: UserModel;
  constructor(theirs: UserModel) {
    super(`Revision conflict on model ${theirs.id}`);
    this.name = 'UserModelRevisionConflict';
    this.theirs = theirs;
  }
}

/** The port over a `KeyValueStore`, without quarantine: an unreadable record is only reported. */
export class InterimModelRepository implements UserModelRepository {
  readonly #store: KeyValueStore;
  readonly #lock: WithLock;

  constructor(store: KeyValueStore, lock: WithLock = createLock()) {
    this.#store = store;
    this.#lock = lock;
  }

  async list(): Promise<{ models: UserModel[]; setAside: string[] }> {
    const models: UserModel[] = [];
    const setAside: string[] = [];
    for (const [key, raw] of await this.#store.entries(PREFIX)) {
      const result = userModelSchema.safeParse(raw);
      if (result.success) models.push(result.data);
      else setAside.push(key);
    }
    models.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { models, setAside };
  }

  async open(id: string): Promise<OpenedUserModel> {
    const raw = await this.#store.get(PREFIX + id);
    if (raw === null || raw === undefined) return { kind: 'missing' };
    const result = userModelSchema.safeParse(raw, { errorMap: frenchErrorMap });
    if (result.success) return { kind: 'found', record: result.data };
    const issues = fieldIssues(result.error, (path) => modelPlace(path.slice(1)));
    return { kind: 'set-aside', problems: issues.map((i) => `${i.where}\u00a0: ${i.message}`) };
  }

  save(record: UserModel, expectedRevision: number): Promise<UserModel> {
    const key = PREFIX + record.id;
    return this.#lock(key, async () => {
      const stored = userModelSchema.safeParse(await this.#store.get(key));
      const revision = stored.success ? stored.data.revision : 0;
      if (stored.success && revision !== expectedRevision)
        throw new InterimRevisionConflict(stored.data);
      const written = {
        ...record,
        revision: expectedRevision + 1,
        updatedAt: new Date().toISOString(),
      };
      const valid = userModelSchema.safeParse(written, { errorMap: frenchErrorMap });
      if (!valid.success)
        throw new InvalidRecordError(
          'InvalidUserModelError',
          fieldIssues(valid.error, (path) => modelPlace(path.slice(1))),
        );
      await this.#store.set(key, valid.data);
      return valid.data;
    });
  }

  remove(id: string): Promise<void> {
    return this.#store.remove(PREFIX + id);
  }
}
