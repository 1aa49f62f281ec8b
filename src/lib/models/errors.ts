import type { UserModel } from '../schemas/user-model';
import { InvalidRecordError, type FieldIssue } from '../validation/issues';

/** Another tab saved this model since it was read here: nothing was written. */
export class UserModelRevisionConflict extends Error {
  /** The model as stored now (the other tab's version). */
  readonly theirs: UserModel;

  /** `theirs` is the stored model whose revision differs from the expected one. */
  constructor(theirs: UserModel) {
    super(`Revision conflict on model ${theirs.id}: stored revision is ${theirs.revision}`);
    this.name = 'UserModelRevisionConflict';
    this.theirs = theirs;
  }
}

/** The model failed validation before being written: nothing was written. */
export class InvalidUserModelError extends InvalidRecordError {
  /** `issues` name each field in words (see `userModelPlace`). */
  constructor(issues: FieldIssue[]) {
    super('InvalidUserModelError', issues);
  }
}
