import { LETTER_SCHEMA_VERSION, storedLetterSchema, type Letter } from '../schemas/letter';
import { fieldIssues, issueLines } from '../validation/issues';
import { letterPlace } from '../schemas/field-path';
import { frenchErrorMap } from '../validation/french-issues';
import { isRecord } from '../schemas/is-record';
import { fromV1 } from './migrate-v1';
import { fromV2 } from './migrate-v2';
import { repairDuplicateIds } from './repair-ids';

/** A stored record read back: a valid current letter, or why it cannot be used. */
export type MigrationResult =
  | {
      ok: true;
      letter: Letter;
      /** Whether the record changed on the way (to be written back in the new form). */
      migrated: boolean;
      /** How many repeated ids were renamed (see `repair-ids.ts`); absent when none. */
      repairedIds?: number;
    }
  | { ok: false; problems: string[] };

/**
 * Version 0 is what was stored before the format was versioned: the v1 shape without
 * `schemaVersion` and `revision`. Spreading copies own keys only (even one named `__proto__`,
 * as a plain data key), so unknown keys reach the strict schema and get reported.
 */
function fromV0(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, schemaVersion: 1, revision: 0 };
}

/**
 * Brings a stored record (or a letter from a backup file) to the current format and validates
 * it. Pure: never writes. `source` names the record in the problems (e.g. `letters[2]`).
 */
export function migrateLetter(raw: unknown, source = 'lettre'): MigrationResult {
  let record = raw;
  let migrated = false;
  if (isRecord(raw)) {
    const version = raw['schemaVersion'];
    if (version === undefined) {
      record = fromV2(fromV1(fromV0(raw)));
      migrated = true;
    } else if (version === 1) {
      record = fromV2(fromV1(raw));
      migrated = true;
    } else if (version === 2) {
      record = fromV2(raw);
      migrated = true;
    } else if (typeof version === 'number' && version > LETTER_SCHEMA_VERSION) {
      return {
        ok: false,
        problems: [
          `${source} › la version du format\u00a0: créée par une version plus récente du site (format ${version})\u202f; ` +
            'rechargez la page pour utiliser la dernière version.',
        ],
      };
    }
  }
  const { record: repaired, repaired: repairedIds } = isRecord(record)
    ? repairDuplicateIds(record)
    : { record, repaired: 0 };
  // Read with the stored bounds: a text longer than its new limit is kept, never lost.
  const result = storedLetterSchema.safeParse(repaired, { errorMap: frenchErrorMap });
  if (!result.success)
    return {
      ok: false,
      problems: issueLines(
        fieldIssues(result.error, (path) => letterPlace(path, repaired)),
        source,
      ),
    };
  if (repairedIds === 0) return { ok: true, letter: result.data, migrated };
  return { ok: true, letter: result.data, migrated: true, repairedIds };
}
