import {
  emptySchool,
  SCHOOL_SCHEMA_VERSION,
  schoolOf,
  schoolSchema,
  type School,
  type SchoolRecord,
} from '../schemas/school';
import { MAX_REVISION } from '../schemas/revision';
import type { ImpAllocations } from '../schemas/imp-allocation';
import type { KeyValueStore } from '../storage/store';
import type { WithLock } from '../storage/lock';
import { fieldIssues } from '../validation/issues';
import { schoolPlace } from '../schemas/field-path';
import { frenchErrorMap } from '../validation/french-issues';
import { keys } from '../persistence/keys';
import { quarantine, type RejectedRecord } from '../persistence/quarantine';
import { OwnWrites } from '../persistence/own-writes';
import { isBlank } from './blank';
import { InvalidSchoolError, SchoolRevisionConflict } from './errors';
import { readSchoolRecord } from './migrate';

/** « Mon établissement » as read: stored, never saved, or present but unreadable (set aside). */
export type OpenedSchool =
  | { kind: 'found'; record: SchoolRecord }
  | { kind: 'missing' }
  | { kind: 'set-aside'; problems: string[] };

/**
 * « Mon établissement » over a key-value store, with the letters' guarantees: every read is
 * validated (the old format migrated as revision 0), an unreadable record is copied aside
 * before anything replaces it, and every write checks, under the cross-tab lock, the revision
 * it is based on.
 */
export class SchoolRepository {
  readonly #store: KeyValueStore;
  readonly #now: () => Date;
  readonly #lock: WithLock;
  /** This repository's last write: read back without validating it again. */
  readonly #own = new OwnWrites();

  /** Shares the letters' store, clock and lock. */
  constructor(store: KeyValueStore, now: () => Date, lock: WithLock) {
    this.#store = store;
    this.#now = now;
    this.#lock = lock;
  }

  /** The stored record, migrated if needed; an unreadable one is copied to quarantine. */
  async open(): Promise<OpenedSchool> {
    const raw = await this.#store.get(keys.school);
    if (raw === null) return { kind: 'missing' };
    const reading = readSchoolRecord(raw);
    if (!reading.ok) {
      // A failed copy is retried on the next read; the record itself is still in place.
      await quarantine(this.#store, keys.school, raw).catch(() => undefined);
      return { kind: 'set-aside', problems: reading.problems };
    }
    if (reading.migrated) await this.#rewriteMigrated().catch(() => undefined);
    return { kind: 'found', record: reading.record };
  }

  /** The school to pre-fill letters with; an empty one when none is saved or it is unreadable. */
  async get(): Promise<School> {
    const opened = await this.open();
    return opened.kind === 'found' ? schoolOf(opened.record) : { ...emptySchool };
  }

  /**
   * Writes the school as revision `expectedRevision + 1`, stamped now, and returns the record.
   * Throws `SchoolRevisionConflict` (writing nothing) when the stored revision differs: another
   * tab saved meanwhile. An unreadable stored record is copied aside first, so nothing is lost.
   */
  async save(school: School, expectedRevision: number): Promise<SchoolRecord> {
    const valid = validate(school);
    // The written revision must pass the schema too, or the next read would set the record aside.
    if (!(
      Number.isInteger(expectedRevision) &&
      expectedRevision >= 0 &&
      expectedRevision < MAX_REVISION
    ))
      throw new InvalidSchoolError([
        { where: 'la révision', message: `${expectedRevision} hors limites` },
      ]);
    return this.#lock(keys.school, async () => {
      const raw = await this.#store.get(keys.school);
      if (!this.#own.holds(keys.school, raw, expectedRevision)) {
        const stored = await this.#readForWrite(raw);
        if (stored && stored.revision !== expectedRevision)
          throw new SchoolRevisionConflict(stored);
      }
      return this.#write(valid, expectedRevision + 1);
    });
  }

  /**
   * An imported school, written only where « Mon établissement » holds nothing (or nothing
   * readable, then set aside first), in one locked read-then-write that bumps the revision, so
   * a tab editing it meanwhile gets a conflict. Returns the record, or `null` when kept as is.
   */
  async fillIfBlank(school: School): Promise<SchoolRecord | null> {
    const valid = validate(school);
    return this.#lock(keys.school, async () => {
      const stored = await this.#readForWrite(await this.#store.get(keys.school));
      if (stored && !isBlank(schoolOf(stored))) return null;
      return this.#write(valid, (stored?.revision ?? 0) + 1);
    });
  }

  /**
   * Sets (or, with `null`, removes) the IMP allocation of one school year, in cents, on the
   * record as stored now, in one locked read-then-write that bumps the revision: another tab's
   * saved edits are kept, and a tab with edits still pending gets a conflict, never an
   * overwrite. An unreadable record is set aside first. Returns the record written.
   */
  async setImpAllocation(year: string, cents: number | null): Promise<SchoolRecord> {
    return this.#lock(keys.school, async () => {
      const stored = await this.#readForWrite(await this.#store.get(keys.school));
      const school: School = stored ? schoolOf(stored) : { ...emptySchool };
      const impAllocations = withAllocation(school.impAllocations, year, cents);
      // No empty object left behind: a school without allocations stores none, as before.
      if (Object.keys(impAllocations).length > 0) school.impAllocations = impAllocations;
      else delete school.impAllocations;
      return this.#write(validate(school), (stored?.revision ?? 0) + 1);
    });
  }

  /**
   * The copy set aside because the record was unreadable (now or on an earlier read), with its
   * problems; `null` if none. Reads the record first, so an unreadable one is set aside now.
   */
  async setAside(): Promise<RejectedRecord | null> {
    await this.open();
    const raw = await this.#store.get(keys.quarantine(keys.school));
    if (raw === null) return null;
    const reading = readSchoolRecord(raw);
    return { key: keys.school, problems: reading.ok ? [] : reading.problems };
  }

  /** The stored record, or `null` when none or unreadable (then copied aside: it is replaced). */
  async #readForWrite(raw: unknown): Promise<SchoolRecord | null> {
    if (raw === null) return null;
    const reading = readSchoolRecord(raw);
    if (reading.ok) return reading.record;
    await quarantine(this.#store, keys.school, raw);
    return null;
  }

  async #write(school: School, revision: number): Promise<SchoolRecord> {
    const record: SchoolRecord = {
      ...school,
      schemaVersion: SCHOOL_SCHEMA_VERSION,
      revision,
      updatedAt: this.#now().toISOString(),
    };
    this.#own.forget(keys.school);
    await this.#store.set(keys.school, record);
    this.#own.remember(keys.school, record);
    return record;
  }

  /** Writes an old-format record in the current one, unless another tab saved it meanwhile. */
  async #rewriteMigrated(): Promise<void> {
    await this.#lock(keys.school, async () => {
      const current = readSchoolRecord(await this.#store.get(keys.school));
      if (!current.ok || !current.migrated) return;
      this.#own.forget(keys.school);
      await this.#store.set(keys.school, current.record);
    });
  }
}

/** The allocations with `year` set to `cents`, or removed when `cents` is null. */
function withAllocation(
  allocations: ImpAllocations | undefined,
  year: string,
  cents: number | null,
): ImpAllocations {
  const others = Object.entries(allocations ?? {}).filter(([key]) => key !== year);
  return Object.fromEntries(cents === null ? others : [...others, [year, cents]]);
}

/** The school checked before any write; throws `InvalidSchoolError`, naming each field. */
function validate(school: School): School {
  const result = schoolSchema.safeParse(school, { errorMap: frenchErrorMap });
  if (!result.success) throw new InvalidSchoolError(fieldIssues(result.error, schoolPlace));
  return result.data;
}
