import type { OpenedUserModel, UserModelRepository } from '../../../src/lib/models/repository-port';
import type { UserModel } from '../../../src/lib/schemas/user-model';
import { userModelSchema } from '../../../src/lib/schemas/user-model';

/** What the real repository throws when another tab saved first (same name, same `theirs`). */
export class FakeRevisionConflict extends Error {
  readonly theirs: UserModel;
  constructor(theirs: UserModel) {
    super(`revision conflict on ${theirs.id}`);
    this.name = 'UserModelRevisionConflict';
    this.theirs = theirs;
  }
}

/**
 * The port over a Map, for builder tests: checks revisions and the schema as the real one does,
 * stamps `updatedAt` with `now`. `failNext` makes the next write fail like a full disk.
 */
export class MemoryModels implements UserModelRepository {
  readonly records = new Map<string, UserModel>();
  readonly setAside = new Map<string, string[]>();
  writes = 0;
  failNext = false;
  now = () => new Date('2026-05-04T10:00:00.000Z');

  list(): Promise<{ models: UserModel[]; setAside: string[] }> {
    return Promise.resolve({
      models: [...this.records.values()],
      setAside: [...this.setAside.keys()],
    });
  }

  open(id: string): Promise<OpenedUserModel> {
    const problems = this.setAside.get(id);
    if (problems) return Promise.resolve({ kind: 'set-aside', problems });
    const record = this.records.get(id);
    return Promise.resolve(
      record ? { kind: 'found', record: structuredClone(record) } : { kind: 'missing' },
    );
  }

  save(record: UserModel, expectedRevision: number): Promise<UserModel> {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new DOMException('quota', 'QuotaExceededError'));
    }
    const stored = this.records.get(record.id);
    if ((stored?.revision ?? 0) !== expectedRevision)
      return Promise.reject(new FakeRevisionConflict(structuredClone(stored as UserModel)));
    const written = userModelSchema.parse({
      ...record,
      revision: expectedRevision + 1,
      updatedAt: this.now().toISOString(),
    });
    this.records.set(record.id, written);
    this.writes += 1;
    return Promise.resolve(structuredClone(written));
  }

  remove(id: string): Promise<void> {
    this.records.delete(id);
    return Promise.resolve();
  }
}
