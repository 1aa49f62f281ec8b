import { userModelSchema, type UserModel } from '../schemas/user-model';
import { MAX_REVISION } from '../schemas/revision';
import type { KeyValueStore } from '../storage/store';
import { createLock, type WithLock } from '../storage/lock';
import { fieldIssues } from '../validation/issues';
import { frenchErrorMap } from '../validation/french-issues';
import { keys, MODEL_PREFIX } from '../persistence/keys';
import { byKey, quarantine } from '../persistence/quarantine';
import { OwnWrites } from '../persistence/own-writes';
import type { OpenedUserModel, UserModelRepository } from './repository-port';
import { InvalidUserModelError, UserModelRevisionConflict } from './errors';
import { readUserModel } from './migrate';
import { userModelPlace } from './place';

/**
 * The user's models over a key-value store (keys `model:<id>`), with the letters' guarantees:
 * every read is validated (and migrated), an unreadable record is copied to quarantine before
 * anything replaces it, and every write checks, under the cross-tab lock, the revision it is
 * based on. Repairs a read attempts on the side (quarantine) never make the read fail.
 */
export class StoredUserModels implements UserModelRepository {
  readonly #store: KeyValueStore;
  readonly #now: () => Date;
  readonly #lock: WithLock;
  /** This repository's last write of each model: read back without validating it again. */
  readonly #own = new OwnWrites();

  /** `now` stamps `updatedAt`; `lock` serialises read-then-write across tabs (Web Locks). */
  constructor(store: KeyValueStore, now: () => Date = () => new Date(), lock = createLock()) {
    this.#store = store;
    this.#now = now;
    this.#lock = lock;
  }

  async list(): Promise<{ models: UserModel[]; setAside: string[] }> {
    const models: UserModel[] = [];
    const setAside: string[] = [];
    for (const [key, raw] of (await this.#store.entries(MODEL_PREFIX)).sort(byKey)) {
      if (raw === null) continue;
      const reading = readUserModel(key, raw);
      if (reading.ok) {
        models.push(reading.record);
        continue;
      }
      setAside.push(key);
      await quarantine(this.#store, key, raw).catch(() => undefined);
    }
    const time = new Map(models.map((model) => [model, Date.parse(model.updatedAt)]));
    models.sort((a, b) => (time.get(b) ?? 0) - (time.get(a) ?? 0));
    return { models, setAside };
  }

  /** The problems of each set-aside model, by key (for the list's warning). */
  async problems(): Promise<{ key: string; problems: string[] }[]> {
    const records = (await this.#store.entries(MODEL_PREFIX)).sort(byKey);
    return records.flatMap(([key, raw]) => {
      const reading = raw === null ? null : readUserModel(key, raw);
      return reading && !reading.ok ? [{ key, problems: reading.problems }] : [];
    });
  }

  async open(id: string): Promise<OpenedUserModel> {
    const key = keys.model(id);
    const raw = await this.#store.get(key);
    if (raw === null) return { kind: 'missing' };
    const reading = readUserModel(key, raw);
    if (reading.ok) return { kind: 'found', record: reading.record };
    await quarantine(this.#store, key, raw).catch(() => undefined);
    return { kind: 'set-aside', problems: reading.problems };
  }

  async save(record: UserModel, expectedRevision: number): Promise<UserModel> {
    const valid = validateUserModel(record);
    // The written revision must pass the schema too, or the next read would set the model aside.
    if (!(
      Number.isInteger(expectedRevision) &&
      expectedRevision >= 0 &&
      expectedRevision < MAX_REVISION
    ))
      throw new InvalidUserModelError([
        { where: 'le numéro de révision', message: `${expectedRevision} hors limites` },
      ]);
    const key = keys.model(valid.id);
    return this.#lock(key, async () => {
      const raw = await this.#store.get(key);
      if (raw !== null && !this.#own.holds(key, raw, expectedRevision)) {
        const stored = readUserModel(key, raw);
        // An unreadable record is copied aside before being replaced, so nothing is lost.
        if (!stored.ok) await quarantine(this.#store, key, raw);
        else if (stored.record.revision !== expectedRevision)
          throw new UserModelRevisionConflict(stored.record);
      }
      const written: UserModel = {
        ...valid,
        revision: expectedRevision + 1,
        updatedAt: this.#now().toISOString(),
      };
      this.#own.forget(key);
      await this.#store.set(key, written);
      this.#own.remember(key, written);
      return written;
    });
  }

  /**
   * A model from a file (import, backup) written as a new record: refused with
   * `UserModelRevisionConflict` when a record is stored under its id meanwhile, so an import
   * never replaces a model. The caller gives it a free id first (see `share.ts`).
   */
  async add(record: UserModel): Promise<UserModel> {
    const valid = validateUserModel(record);
    const key = keys.model(valid.id);
    return this.#lock(key, async () => {
      const raw = await this.#store.get(key);
      if (raw !== null) {
        const stored = readUserModel(key, raw);
        if (stored.ok) throw new UserModelRevisionConflict(stored.record);
        await quarantine(this.#store, key, raw);
      }
      this.#own.forget(key);
      await this.#store.set(key, valid);
      return valid;
    });
  }

  async remove(id: string): Promise<void> {
    const key = keys.model(id);
    await this.#lock(key, async () => {
      const raw = await this.#store.get(key);
      if (raw === null) return;
      // An unreadable record is kept in quarantine: deleting never loses what could be recovered.
      if (!readUserModel(key, raw).ok) await quarantine(this.#store, key, raw);
      this.#own.forget(key);
      await this.#store.remove(key);
    });
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
  if (!result.success) throw new InvalidUserModelError(fieldIssues(result.error, userModelPlace));
  return result.data;
}
