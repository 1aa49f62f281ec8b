import { teamOf, type Team, type TeamRecord } from '../schemas/team';
import { JournalledSaver, type JournalledSaverOptions } from '../persistence/journalled-saver';
import type { SavedKind } from '../persistence/saved-kind';
import { sameContent } from '../persistence/same-content';
import type { SaveStatus } from '../storage/save-status';
import { keys } from '../persistence/keys';
import { TeamRevisionConflict } from './errors';
import type { TeamRepository } from './repository';

/** « Mon équipe »'s saving status: with its revision once saved, and conflicts. */
export type TeamSaveStatus = SaveStatus<TeamRecord>;

/** Options of a `TeamAutoSaver`. */
export interface TeamAutoSaverOptions extends JournalledSaverOptions<Team, TeamRecord> {
  /** Quiet time after the last change before saving (debounce), in ms. */
  delayMs?: number;
}

/** « Mon équipe » as a kind of saved record: one record, its revision beside it. */
export function teamKind(
  repo: Pick<TeamRepository, 'save'>,
  delayMs = 500,
): SavedKind<Team, TeamRecord> {
  return {
    subject: 'team',
    delayMs,
    keyOf: () => keys.team,
    // The page sets the revision it read (`basedOn`); a team never stored is at 0.
    baseOf: () => 0,
    save: (team, base) => repo.save(team, base),
    theirsOf: (error) => (error instanceof TeamRevisionConflict ? error.theirs : null),
    holds: (stored, team) => sameContent(teamOf(stored), team),
    revisionOf: (record) => record.revision,
    savedAt: (record) => new Date(record.updatedAt),
  };
}

/** Debounced, journalled saving of « Mon équipe », as letters and the school are saved. */
export class TeamAutoSaver extends JournalledSaver<Team, TeamRecord> {
  /** `repo` is usually a `TeamRepository`; only its `save` is used. */
  constructor(repo: Pick<TeamRepository, 'save'>, options: TeamAutoSaverOptions) {
    super(teamKind(repo, options.delayMs), options);
  }
}
