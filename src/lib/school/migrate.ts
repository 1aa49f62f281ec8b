import {
  SCHOOL_SCHEMA_VERSION,
  storedSchoolRecordSchema,
  type SchoolRecord,
} from '../schemas/school';
import { SCHOOL_IMAGES, schoolImageSchema, type SchoolImageKey } from '../schemas/logo';
import type { RecordReading } from '../persistence/record-kind';
import { fieldIssues, issueLines } from '../validation/issues';
import { schoolPlace } from '../schemas/field-path';
import { frenchErrorMap } from '../validation/french-issues';
import { isRecord } from '../schemas/is-record';

/** A stored « Mon établissement » read back: a valid current record, or why it cannot be used. */
export type SchoolReading = RecordReading<SchoolRecord>;

/** How the problems name the record. */
const SOURCE = '«\u00a0Mon établissement\u00a0»';

/** The storage fields, which have no label in the form. */
const storagePlaces: Record<string | number, string> = {
  schemaVersion: 'la version du format',
  revision: 'la révision',
  updatedAt: 'la date d’enregistrement',
};

/**
 * Brings a stored school record to the current format and validates it. Pure: never writes.
 * Version 0 is the record saved before revisions: the bare school, read as revision 0. A newer
 * version, unknown keys or invalid values make it unreadable: it is set aside, never stripped.
 */
export function readSchoolRecord(raw: unknown): SchoolReading {
  let record = raw;
  let migrated = false;
  if (isRecord(raw)) {
    const version = raw['schemaVersion'];
    if (version === undefined && raw['revision'] === undefined) {
      // Spreading copies own keys only, so unknown keys reach the strict schema and are reported.
      record = { ...raw, schemaVersion: SCHOOL_SCHEMA_VERSION, revision: 0 };
      migrated = true;
    } else if (typeof version === 'number' && version > SCHOOL_SCHEMA_VERSION) {
      return {
        ok: false,
        problems: [
          `${SOURCE} › la version du format\u00a0: créé par une version plus récente du site (format ${version})\u202f; ` +
            'rechargez la page pour utiliser la dernière version.',
        ],
      };
    }
  }
  // An image that fails its schema is set aside alone (see `SchoolRepository`): the rest opens.
  const badImages = badImageProblems(record);
  if (badImages && isRecord(record)) {
    const bad = new Set(Object.keys(badImages));
    record = Object.fromEntries(Object.entries(record).filter(([key]) => !bad.has(key)));
    // Not written back on reading: the next save copies the image aside first, then drops it.
    migrated = false;
  }
  const result = storedSchoolRecordSchema.safeParse(record, { errorMap: frenchErrorMap });
  if (result.success) return { ok: true, record: result.data, migrated };
  const where = (path: readonly (string | number)[]) =>
    path.length === 0 ? 'l’enregistrement' : (storagePlaces[path[0] ?? ''] ?? schoolPlace(path));
  const problems = issueLines(fieldIssues(result.error, where), SOURCE);
  const imageProblems = Object.values(badImages ?? {}).flat();
  return { ok: false, problems: [...imageProblems, ...problems] };
}

/** The images of a stored school that fail their schema, each with its problems in French. */
export type BadImages = Partial<Record<SchoolImageKey, string[]>>;

/**
 * The images (logo, signature, stamp) a stored school holds that fail their schema (a damaged
 * image, a file changed outside the site), with their problems in French; `null` when none.
 */
export function badImageProblems(raw: unknown): BadImages | null {
  if (!isRecord(raw)) return null;
  const bad: BadImages = {};
  for (const key of SCHOOL_IMAGES) {
    if (raw[key] === undefined) continue;
    const result = schoolImageSchema.safeParse(raw[key], { errorMap: frenchErrorMap });
    if (result.success) continue;
    const where = (path: readonly (string | number)[]) => schoolPlace([key, ...path]);
    bad[key] = issueLines(fieldIssues(result.error, where), SOURCE);
  }
  return Object.keys(bad).length > 0 ? bad : null;
}
