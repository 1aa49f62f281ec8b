import { InvalidRecordError, type FieldIssue } from '../validation/issues';
import type { SchoolRecord } from '../schemas/school';

/** Another tab saved « Mon établissement » since this one read it: nothing was written. */
export class SchoolRevisionConflict extends Error {
  /** The record as stored now (the other tab's version). */
  readonly theirs: SchoolRecord;

  /** `theirs` is the stored record whose revision differs from the expected one. */
  constructor(theirs: SchoolRecord) {
    super(`Revision conflict on the school: stored revision is ${theirs.revision}`);
    this.name = 'SchoolRevisionConflict';
    this.theirs = theirs;
  }
}

/** « Mon établissement » failed validation before being written: nothing was written. */
export class InvalidSchoolError extends InvalidRecordError {
  /** `issues` name each field by its label (see `schoolPlace`). */
  constructor(issues: FieldIssue[]) {
    super('InvalidSchoolError', issues);
  }
}
