import type { Letter } from '../schemas/letter';
import { InvalidRecordError, type FieldIssue } from '../validation/issues';

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
export class InvalidLetterError extends InvalidRecordError {
  /** `issues` name each field in words (see `letterPlace`). */
  constructor(issues: FieldIssue[]) {
    super('InvalidLetterError', issues);
  }
}

/**
 * « Annuler » after a deletion found the letter stored again: another tab (still editing it)
 * wrote it since the deletion. Its version is newer than the deleted one: nothing was written.
 */
export class DeletedLetterRewritten extends Error {
  /** The id of the letter whose deletion could not be undone. */
  readonly id: string;

  /** `id` is the deleted letter's id, found stored again. */
  constructor(id: string) {
    super(`Letter ${id} was written again since its deletion: undo refused`);
    this.name = 'DeletedLetterRewritten';
    this.id = id;
  }
}
