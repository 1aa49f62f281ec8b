import { InvalidRecordError, type FieldIssue } from '../validation/issues';
import type { TeamRecord } from '../schemas/team';

/** Another tab saved « Mon équipe » since this one read it: nothing was written. */
export class TeamRevisionConflict extends Error {
  /** The record as stored now (the other tab's version). */
  readonly theirs: TeamRecord;

  /** `theirs` is the stored record whose revision differs from the expected one. */
  constructor(theirs: TeamRecord) {
    super(`Revision conflict on the team: stored revision is ${theirs.revision}`);
    this.name = 'TeamRevisionConflict';
    this.theirs = theirs;
  }
}

/** « Mon équipe » failed validation before being written: nothing was written. */
export class InvalidTeamError extends InvalidRecordError {
  /** `issues` name each person and field (see `teamPlace`). */
  constructor(issues: FieldIssue[]) {
    super('InvalidTeamError', issues);
  }
}
