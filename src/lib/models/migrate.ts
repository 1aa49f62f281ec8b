import { USER_MODEL_SCHEMA_VERSION, userModelSchema, type UserModel } from '../schemas/user-model';
import { fieldIssues, issueLines } from '../validation/issues';
import { frenchErrorMap } from '../validation/french-issues';
import { isRecord } from '../schemas/is-record';
import { keys } from '../persistence/keys';
import { recordLabel } from '../persistence/record-label';
import type { RecordReading } from '../persistence/record-kind';
import { userModelPlace } from './place';
import { repairUserModelIds } from './repair-ids';

/** A stored user model read back: a valid current record, or why it cannot be used. */
export type UserModelReading = RecordReading<UserModel>;

/** A user model from storage or a file, brought to the current format: or why it cannot be. */
export type MigratedUserModel =
  | {
      ok: true;
      record: UserModel;
      /** How many repeated ids were renamed (see `repair-ids.ts`); 0 when none. */
      repairedIds: number;
    }
  | { ok: false; problems: string[] };

/**
 * Brings a user model (stored, or from a backup) to the current format and validates it; each
 * problem is named in French after `source`. Pure. Only version 1 exists: the entry point where
 * later versions will be migrated. A newer version, unknown keys or invalid values refuse it;
 * repeated ids are renamed (`repairUserModelIds`), as a letter's are.
 */
export function migrateUserModel(raw: unknown, source: string): MigratedUserModel {
  if (isRecord(raw)) {
    const version = raw['schemaVersion'];
    if (typeof version === 'number' && version > USER_MODEL_SCHEMA_VERSION)
      return {
        ok: false,
        problems: [
          `${source} › la version du format\u00a0: créé par une version plus récente du site (format ${version})\u202f; ` +
            'rechargez la page pour utiliser la dernière version.',
        ],
      };
  }
  const { record, repaired } = repairUserModelIds(raw);
  const result = userModelSchema.safeParse(record, { errorMap: frenchErrorMap });
  if (!result.success)
    return {
      ok: false,
      problems: issueLines(
        fieldIssues(result.error, (path) => userModelPlace(path, record)),
        source,
      ),
    };
  return { ok: true, record: result.data, repairedIds: repaired };
}

/**
 * A stored user model read back (see `migrateUserModel`), checking that its id matches its
 * key. Pure: never writes. An unreadable record is set aside, never stripped.
 */
export function readUserModel(key: string, raw: unknown): UserModelReading {
  const label = recordLabel(key, raw);
  const migrated = migrateUserModel(raw, label);
  if (!migrated.ok) return migrated;
  if (keys.model(migrated.record.id) !== key)
    return {
      ok: false,
      problems: [
        `${label} › l’identifiant du modèle\u00a0: «\u00a0${migrated.record.id}\u00a0» ne correspond pas à la clé`,
      ],
    };
  // A repaired record is written back, so its ids stay those the letters were given.
  return { ok: true, record: migrated.record, migrated: migrated.repairedIds > 0 };
}
