import { USER_MODEL_SCHEMA_VERSION, userModelSchema, type UserModel } from '../schemas/user-model';
import { fieldIssues, issueLines } from '../validation/issues';
import { frenchErrorMap } from '../validation/french-issues';
import { isRecord } from '../validation/record';
import { keys } from '../letters/keys';
import { userModelPlace } from './place';

/** A stored user model read back: a valid current record, or why it cannot be used. */
export type UserModelReading =
  | {
      ok: true;
      record: UserModel;
      /** Whether the record changed on the way (to be written back in the new form). */
      migrated: boolean;
    }
  | { ok: false; problems: string[] };

/**
 * Brings a stored user model to the current format and validates it, checking that its id
 * matches its key. Pure: never writes. Only version 1 exists: the entry point where later
 * versions will be migrated. A newer version, unknown keys or invalid values make the record
 * unreadable: it is set aside, never stripped.
 */
export function readUserModel(key: string, raw: unknown): UserModelReading {
  if (isRecord(raw)) {
    const version = raw['schemaVersion'];
    if (typeof version === 'number' && version > USER_MODEL_SCHEMA_VERSION)
      return {
        ok: false,
        problems: [
          `${key} › la version du format\u00a0: créé par une version plus récente du site (format ${version})\u202f; ` +
            'rechargez la page pour utiliser la dernière version.',
        ],
      };
  }
  const result = userModelSchema.safeParse(raw, { errorMap: frenchErrorMap });
  if (!result.success)
    return { ok: false, problems: issueLines(fieldIssues(result.error, userModelPlace), key) };
  if (keys.model(result.data.id) !== key)
    return {
      ok: false,
      problems: [
        `${key} › l’identifiant du modèle\u00a0: «\u00a0${result.data.id}\u00a0» ne correspond pas à la clé`,
      ],
    };
  return { ok: true, record: result.data, migrated: false };
}
