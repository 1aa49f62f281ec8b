import {
  emptyTeam,
  TEAM_SCHEMA_VERSION,
  teamOf,
  teamSchema,
  type Team,
  type TeamRecord,
} from '../schemas/team';
import type { KeyValueStore } from '../storage/store';
import { RecordStore, type OpenedRecord, type WithLock } from '../persistence/record-store';
import type { RecordKind } from '../persistence/record-kind';
import type { RejectedRecord } from '../persistence/quarantine';
import { fieldIssues } from '../validation/issues';
import { teamPlace } from '../schemas/field-path';
import { frenchErrorMap } from '../validation/french-issues';
import { keys } from '../persistence/keys';
import { InvalidTeamError, TeamRevisionConflict } from './errors';
import { readTeamRecord } from './read';

/** « Mon équipe » as read: stored, never saved, or present but unreadable (set aside). */
export type OpenedTeam = OpenedRecord<TeamRecord>;

/** « Mon équipe » as a kind of stored record: one record under `team`, its revision beside it. */
const teamRecords: RecordKind<Team, TeamRecord> = {
  keyOf: () => keys.team,
  read: (_key, raw) => readTeamRecord(raw),
  validate,
  stamp: (team, revision, updatedAt) => ({
    ...team,
    schemaVersion: TEAM_SCHEMA_VERSION,
    revision,
    updatedAt,
  }),
  conflict: (theirs) => new TeamRevisionConflict(theirs),
  invalidRevision: (revision) =>
    new InvalidTeamError([{ where: 'la révision', message: `${revision} hors limites` }]),
};

/**
 * « Mon équipe » over a key-value store: a `RecordStore` of `teamRecords`, with every record's
 * guarantees (validated reads, unreadable record set aside, revisions checked under the
 * cross-tab lock), plus the backup's write.
 */
export class TeamRepository extends RecordStore<Team, TeamRecord> {
  /** Shares the letters' store, clock and lock. */
  constructor(store: KeyValueStore, now: () => Date, lock: WithLock) {
    super(store, teamRecords, now, lock);
  }

  /** The stored record; an unreadable one is copied to quarantine. */
  open(): Promise<OpenedTeam> {
    return this.openKey(keys.team);
  }

  /** The team; an empty one when none is saved or it is unreadable (then set aside). */
  async get(): Promise<Team> {
    const opened = await this.open();
    return opened.kind === 'found' ? teamOf(opened.record) : emptyTeam();
  }

  /**
   * The team to choose people from (the editor's and « Plusieurs personnes »' pickers): like
   * `get`, but an unreadable team throws, so the picker says it could not be read instead of
   * calling it empty.
   */
  async forPicking(): Promise<Team> {
    const opened = await this.open();
    if (opened.kind === 'set-aside')
      throw new Error(`«\u00a0Mon équipe\u00a0» set aside: ${opened.problems[0] ?? ''}`);
    return opened.kind === 'found' ? teamOf(opened.record) : emptyTeam();
  }

  /**
   * A backup's team, written only where « Mon équipe » holds nobody (or nothing readable, then
   * set aside first), in one locked read-then-write that bumps the revision, so a tab editing it
   * meanwhile gets a conflict. Returns the record, or `null` when the team here was kept.
   */
  fillIfBlank(team: Team): Promise<TeamRecord | null> {
    return this.update(keys.team, (stored) =>
      stored && stored.people.length > 0 ? null : { people: team.people },
    );
  }

  /**
   * The copy set aside because the record was unreadable (now or on an earlier read), with its
   * problems; `null` if none. Reads the record first, so an unreadable one is set aside now.
   */
  async setAside(): Promise<RejectedRecord | null> {
    await this.open();
    const raw = await this.store.get(keys.quarantine(keys.team));
    if (raw === null) return null;
    const reading = readTeamRecord(raw);
    return { key: keys.team, problems: reading.ok ? [] : reading.problems };
  }
}

/** The team checked before any write; throws `InvalidTeamError`, naming each person's field. */
function validate(team: Team): Team {
  const result = teamSchema.safeParse(team, { errorMap: frenchErrorMap });
  if (!result.success) throw new InvalidTeamError(fieldIssues(result.error, teamPlace));
  return result.data;
}
