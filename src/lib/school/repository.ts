import {
  emptySchool,
  SCHOOL_SCHEMA_VERSION,
  schoolOf,
  schoolSchema,
  storedSchoolSchema,
  type School,
  type SchoolRecord,
} from '../schemas/school';
import type { ImpAllocations } from '../schemas/imp-allocation';
import type { PreparedYearChoice } from '../schemas/prepared-year';
import type { KeyValueStore } from '../storage/store';
import { RecordStore, type OpenedRecord, type WithLock } from '../persistence/record-store';
import type { RecordKind } from '../persistence/record-kind';
import { fieldIssues } from '../validation/issues';
import { schoolPlace } from '../schemas/field-path';
import { frenchErrorMap } from '../validation/french-issues';
import { keys } from '../persistence/keys';
import { quarantine, type RejectedRecord } from '../persistence/quarantine';
import { isBlank } from './blank';
import { isRecord } from '../schemas/is-record';
import { InvalidSchoolError, SchoolRevisionConflict } from './errors';
import { badImageProblems, readSchoolRecord, type BadImages } from './migrate';

/**
 * « Mon établissement » as read: stored, never saved, or present but unreadable (set aside).
 * Found, it may say its logo could not be read (`logoSetAside`, the problems in French): the
 * logo alone was left out, and copied to quarantine.
 */
export type OpenedSchool =
  | { kind: 'found'; record: SchoolRecord; imagesSetAside?: BadImages }
  | Exclude<OpenedRecord<SchoolRecord>, { kind: 'found' }>;

/**
 * « Mon établissement » as a kind of stored record: one record under `school`, its revision
 * beside the school's fields, the format before revisions read as revision 0.
 */
const schoolRecords: RecordKind<School, SchoolRecord> = {
  keyOf: () => keys.school,
  read: (_key, raw) => readSchoolRecord(raw),
  validate,
  stamp: (school, revision, updatedAt) => ({
    ...school,
    schemaVersion: SCHOOL_SCHEMA_VERSION,
    revision,
    updatedAt,
  }),
  conflict: (theirs) => new SchoolRevisionConflict(theirs),
  invalidRevision: (revision) =>
    new InvalidSchoolError([{ where: 'la révision', message: `${revision} hors limites` }]),
};

/**
 * « Mon établissement » over a key-value store: a `RecordStore` of `schoolRecords`, with the
 * letters' guarantees (validated reads, old format migrated, unreadable record set aside,
 * revisions checked under the cross-tab lock), plus the writes only the school has.
 */
export class SchoolRepository extends RecordStore<School, SchoolRecord> {
  /** Shares the letters' store, clock and lock. */
  constructor(store: KeyValueStore, now: () => Date, lock: WithLock) {
    super(store, schoolRecords, now, lock);
  }

  /**
   * The stored record, migrated if needed; an unreadable one is copied to quarantine. An image
   * (logo, signature, stamp) that fails its schema is left out and copied to quarantine alone:
   * the rest opens.
   */
  async open(): Promise<OpenedSchool> {
    const opened = await this.openKey(keys.school);
    if (opened.kind !== 'found') return opened;
    // The images stay in the record until the next write: a failed copy is retried then.
    const imagesSetAside = await this.#setImagesAside({ tolerant: true });
    return imagesSetAside ? { ...opened, imagesSetAside } : opened;
  }

  /** Saves as every record does, a stored image copied aside first if it cannot be read. */
  override async save(draft: School, expectedRevision: number): Promise<SchoolRecord> {
    await this.#setImagesAside();
    return super.save(draft, expectedRevision);
  }

  /**
   * Copies each stored image that fails its schema to quarantine (reading leaves it out, so the
   * next write would drop it); returns their problems, `null` when there is nothing to keep.
   * Throws when a copy fails, the write that follows must not lose it; `tolerant` (a read)
   * goes on, the copy retried at the next write.
   */
  async #setImagesAside({ tolerant = false } = {}): Promise<BadImages | null> {
    const raw = await this.store.get(keys.school);
    const bad = badImageProblems(raw);
    if (bad === null || !isRecord(raw)) return null;
    for (const key of Object.keys(bad)) {
      const copy = quarantine(this.store, keys.schoolImage(key), raw[key]);
      await (tolerant ? copy.catch(() => undefined) : copy);
    }
    return bad;
  }

  /** The school to pre-fill letters with; an empty one when none is saved or it is unreadable. */
  async get(): Promise<School> {
    const opened = await this.open();
    return opened.kind === 'found' ? schoolOf(opened.record) : { ...emptySchool };
  }

  /**
   * An imported school, written only where « Mon établissement » holds nothing (or nothing
   * readable, then set aside first), in one locked read-then-write that bumps the revision, so
   * a tab editing it meanwhile gets a conflict. Returns the record, or `null` when kept as is.
   */
  async fillIfBlank(school: School): Promise<SchoolRecord | null> {
    await this.#setImagesAside();
    // Checked as a stored school is read: a backup's name saved before the limits is kept.
    return this.update(
      keys.school,
      (stored) => (stored && !isBlank(schoolOf(stored)) ? null : school),
      validateStored,
    );
  }

  /**
   * Sets (or, with `null`, removes) the IMP allocation of one school year, in cents, on the
   * record as stored now, in one locked read-then-write that bumps the revision: another tab's
   * saved edits are kept, and a tab with edits still pending gets a conflict, never an
   * overwrite. An unreadable record is set aside first. Returns the record written.
   */
  async setImpAllocation(year: string, cents: number | null): Promise<SchoolRecord> {
    return this.#setPart((school) => {
      const impAllocations = withAllocation(school.impAllocations, year, cents);
      // No empty object left behind: a school without allocations stores none, as before.
      if (Object.keys(impAllocations).length > 0) school.impAllocations = impAllocations;
      else delete school.impAllocations;
    });
  }

  /**
   * Sets (or, with `null`, drops) the school year chosen as the one being prepared, on the record
   * as stored now, in one locked read-then-write, as `setImpAllocation` does.
   */
  async setPreparedYear(choice: PreparedYearChoice | null): Promise<SchoolRecord> {
    return this.#setPart((school) => {
      if (choice) school.preparedYear = choice;
      else delete school.preparedYear;
    });
  }

  /**
   * Keeps the head's choice « Apposer ma signature et le cachet » (made in the editor, kept for
   * her next letters), as `setImpAllocation` writes: only that part of the record as stored now.
   */
  async setAffixSignature(on: boolean): Promise<SchoolRecord> {
    return this.#setPart((school) => {
      if (on) school.affixSignature = true;
      else delete school.affixSignature;
    });
  }

  /**
   * Changes one part of the record as stored now (`change` edits a copy of the school), in one
   * locked read-then-write that bumps the revision; an unreadable record is set aside first, a
   * damaged image kept aside before it is dropped.
   */
  async #setPart(change: (school: School) => void): Promise<SchoolRecord> {
    await this.#setImagesAside();
    const written = await this.update(keys.school, (stored) => {
      const school: School = stored ? schoolOf(stored) : { ...emptySchool };
      change(school);
      return school;
    });
    if (written === null) throw new Error('The school was not written'); // never: always a draft
    return written;
  }

  /**
   * The copy set aside because the record was unreadable (now or on an earlier read), with its
   * problems; `null` if none. Reads the record first, so an unreadable one is set aside now.
   */
  async setAside(): Promise<RejectedRecord | null> {
    await this.open();
    const raw = await this.store.get(keys.quarantine(keys.school));
    if (raw === null) return null;
    const reading = readSchoolRecord(raw);
    return { key: keys.school, problems: reading.ok ? [] : reading.problems };
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
  return checked(schoolSchema, school);
}

/** A school written as it was read elsewhere (a backup's): held to the stored bounds only. */
function validateStored(school: School): School {
  return checked(storedSchoolSchema, school);
}

function checked(schema: typeof schoolSchema | typeof storedSchoolSchema, school: School): School {
  const result = schema.safeParse(school, { errorMap: frenchErrorMap });
  if (!result.success) throw new InvalidSchoolError(fieldIssues(result.error, schoolPlace));
  return result.data;
}
