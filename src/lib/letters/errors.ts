import type { Letter } from '../schemas/letter';

/** Another tab saved this letter since it was loaded here: nothing was written. */
export class RevisionConflict extends Error {
  /** The letter as stored now (the other tab's version). */
  readonly theirs: Letter;

  /** `theirs` is the stored letter whose revision differs from the expected one. */
  constructor(theirs: Letter) {
    super(`Revision conflict on letter ${theirs.id}: stored revision is ${theirs.revision}`);
    this.name = 'RevisionConflict';
    this.theirs = theirs;
  }
}

/** The letter failed validation before being written (a bug or an unchecked field): nothing was written. */
export class InvalidLetterError extends Error {
  /** Readable problems, one per line (see `describeIssues`). */
  readonly problems: string[];

  /** `problems` are the readable validation messages. */
  constructor(problems: string[]) {
    super(`Invalid letter: ${problems.join('; ')}`);
    this.name = 'InvalidLetterError';
    this.problems = problems;
  }
}
