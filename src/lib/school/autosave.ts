import { schoolOf, type School, type SchoolRecord } from '../schemas/school';
import { JournalledSaver, type JournalledSaverOptions } from '../persistence/journalled-saver';
import type { SavedKind } from '../persistence/saved-kind';
import { sameContent } from '../persistence/same-content';
import type { SaveStatus } from '../storage/save-status';
import { keys } from '../persistence/keys';
import { SchoolRevisionConflict } from './errors';
import type { SchoolRepository } from './repository';

/** « Mon établissement »'s saving status: with its revision once saved, and conflicts. */
export type SchoolSaveStatus = SaveStatus<SchoolRecord>;

/** Options of a `SchoolAutoSaver`. */
export interface SchoolAutoSaverOptions extends JournalledSaverOptions<School, SchoolRecord> {
  /** Quiet time after the last change before saving (debounce), in ms. */
  delayMs?: number;
}

/** « Mon établissement » as a kind of saved record: one record, its revision beside it. */
export function schoolKind(
  repo: Pick<SchoolRepository, 'save'>,
  delayMs = 500,
): SavedKind<School, SchoolRecord> {
  return {
    subject: 'school',
    delayMs,
    keyOf: () => keys.school,
    // The page sets the revision it read (`basedOn`); a school never stored is at 0.
    baseOf: () => 0,
    save: (school, base) => repo.save(school, base),
    theirsOf: (error) => (error instanceof SchoolRevisionConflict ? error.theirs : null),
    holds: (stored, school) => sameContent(schoolOf(stored), school),
    revisionOf: (record) => record.revision,
    // A migrated record has no date: shown as saved now.
    savedAt: (record) => (record.updatedAt ? new Date(record.updatedAt) : new Date()),
  };
}

/** Debounced, journalled saving of « Mon établissement », as letters are saved. */
export class SchoolAutoSaver extends JournalledSaver<School, SchoolRecord> {
  /** `repo` is usually a `SchoolRepository`; only its `save` is used. */
  constructor(repo: Pick<SchoolRepository, 'save'>, options: SchoolAutoSaverOptions) {
    super(schoolKind(repo, options.delayMs), options);
  }
}
