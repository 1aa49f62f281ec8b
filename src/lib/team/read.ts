import { TEAM_SCHEMA_VERSION, teamRecordSchema, type TeamRecord } from '../schemas/team';
import type { RecordReading } from '../persistence/record-kind';
import { fieldIssues, issueLines } from '../validation/issues';
import { teamPlace } from '../schemas/field-path';
import { frenchErrorMap } from '../validation/french-issues';
import { isRecord } from '../schemas/is-record';

/** How the problems name the record. */
const SOURCE = '«\u00a0Mon équipe\u00a0»';

/** The storage fields, which have no label on the page. */
const storagePlaces: Record<string, string> = {
  schemaVersion: 'la version du format',
  revision: 'la révision',
  updatedAt: 'la date d’enregistrement',
};

/**
 * A stored « Mon équipe » read back: valid in the current format, or why it cannot be used (it
 * is then set aside, never stripped). Pure: never writes. There is one format so far; a newer
 * one is said as such, so a page left open after an update does not call it damaged.
 */
export function readTeamRecord(raw: unknown): RecordReading<TeamRecord> {
  const version = isRecord(raw) ? raw['schemaVersion'] : undefined;
  if (typeof version === 'number' && version > TEAM_SCHEMA_VERSION)
    return {
      ok: false,
      problems: [
        `${SOURCE} › la version du format\u00a0: créé par une version plus récente du site (format ${version})\u202f; ` +
          'rechargez la page pour utiliser la dernière version.',
      ],
    };
  const result = teamRecordSchema.safeParse(raw, { errorMap: frenchErrorMap });
  if (result.success) return { ok: true, record: result.data, migrated: false };
  const where = (path: readonly (string | number)[]) =>
    path.length === 0 ? 'l’enregistrement' : (storagePlaces[String(path[0])] ?? teamPlace(path));
  return { ok: false, problems: issueLines(fieldIssues(result.error, where), SOURCE) };
}
