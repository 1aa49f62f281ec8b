import type { LetterSummaryRecord } from '../schemas/letter-summary';
import { isLetterStatus } from '../schemas/status-names';

// The summary format checked by hand, without zod: « Mes lettres » reads thousands of summaries
// before its first paint, and neither the schema library nor its per-field parsing should be
// paid for that. `letterSummarySchema` stays the format's definition; a unit test holds this
// check to it (same answers on valid and broken records, same constants). Whatever passes here
// is safe to show and to sort; the check after the paint compares it with its letter anyway.

/** `LETTER_SUMMARY_VERSION` (`schemas/letter-summary.ts`), here without the schema's code. */
export const SUMMARY_VERSION = 3;
/** `STORED_TEXT_LIMIT` (`schemas/limits.ts`): the longest text a summary copies. */
export const SUMMARY_TEXT_LIMIT = 20_000;
/** `MAX_REVISION` (`schemas/revision.ts`). */
export const SUMMARY_MAX_REVISION = 1_000_000_000;
/** How many missions a summary names at most. */
export const SUMMARY_MAX_MISSIONS = 10;

const FIELDS = new Set([
  'summaryVersion',
  'id',
  'typeId',
  'revision',
  'updatedAt',
  'title',
  'person',
  'fonction',
  'year',
  'missions',
  'status',
  'statusAt',
  'teamPersonId',
]);

/** `idSchema`: 1 to 64 letters, digits, « _ » or « - ». */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * zod's `datetime()` without offset: a UTC timestamp « 2026-11-30T10:00:00.000Z », seconds and
 * fraction optional, with real month, day and time figures.
 */
const DATE_TIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?Z$/;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SUMMARY_TEXT_LIMIT;

/** Whether `raw` is a summary of the current format, as `letterSummarySchema` has it. */
export function isSummaryRecord(raw: unknown): raw is LetterSummaryRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const record = raw as Record<string, unknown>;
  for (const key in record) if (!FIELDS.has(key)) return false;
  const { revision, missions, statusAt, teamPersonId } = record;
  return (
    record['summaryVersion'] === SUMMARY_VERSION &&
    typeof record['id'] === 'string' &&
    ID.test(record['id']) &&
    typeof record['typeId'] === 'string' &&
    ID.test(record['typeId']) &&
    typeof revision === 'number' &&
    Number.isInteger(revision) &&
    revision >= 0 &&
    revision <= SUMMARY_MAX_REVISION &&
    typeof record['updatedAt'] === 'string' &&
    DATE_TIME.test(record['updatedAt']) &&
    isText(record['title']) &&
    isText(record['person']) &&
    isText(record['fonction']) &&
    isText(record['year']) &&
    Array.isArray(missions) &&
    missions.length <= SUMMARY_MAX_MISSIONS &&
    missions.every(isText) &&
    isLetterStatus(record['status']) &&
    typeof statusAt === 'string' &&
    (statusAt === '' || DATE_TIME.test(statusAt)) &&
    (teamPersonId === null || (typeof teamPersonId === 'string' && ID.test(teamPersonId)))
  );
}

/**
 * A stored summary if it is one of this format for `id`; null otherwise (then rebuilt). Checked
 * by hand, not parsed: thousands are read before the list's first paint.
 */
export function readSummary(id: string, raw: unknown): LetterSummaryRecord | null {
  return isSummaryRecord(raw) && raw.id === id ? raw : null;
}
