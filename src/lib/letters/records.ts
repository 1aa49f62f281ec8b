import { letterSchema, storedLetterSchema, type Letter } from '../schemas/letter';
import { letterPlace } from '../schemas/field-path';
import { fieldIssues } from '../validation/issues';
import { frenchErrorMap } from '../validation/french-issues';
import { keys, LETTER_PREFIX } from '../persistence/keys';
import { recordLabel } from '../persistence/record-label';
import type { RecordKind, RecordReading } from '../persistence/record-kind';
import { migrateLetter, type MigrationResult } from './migrate';
import { InvalidLetterError, RevisionConflict } from './errors';
import { summaryOf } from './summary';

/** A stored record checked against its key: migrated, validated, and its id matching the key. */
export function readLetterRecord(key: string, raw: unknown): MigrationResult {
  const label = recordLabel(key, raw);
  const result = migrateLetter(raw, label);
  if (!result.ok || keys.letter(result.letter.id) === key) return result;
  const problem = `${label} › l’identifiant\u00a0: «\u00a0${result.letter.id}\u00a0» ne correspond pas à la clé`;
  return { ok: false, problems: [problem] };
}

/** The letter checked before any write; throws `InvalidLetterError`, naming each field. */
function validateLetter(letter: Letter): Letter {
  return checked(letterSchema, letter);
}

/**
 * A letter written back as it was read (an import, an undo, a copy): checked as stored records
 * are read (`storedLetterSchema`), so a text saved before the limits is kept whole, as every
 * read keeps it, and what an import's preview counted is what is written. Throws
 * `InvalidLetterError`, naming each field.
 */
export function validateStoredLetter(letter: Letter): Letter {
  return checked(storedLetterSchema, letter);
}

function checked(schema: typeof letterSchema | typeof storedLetterSchema, letter: Letter): Letter {
  const result = schema.safeParse(letter, { errorMap: frenchErrorMap });
  if (result.success) return result.data;
  const place = (path: readonly (string | number)[]) => letterPlace(path, letter);
  throw new InvalidLetterError(fieldIssues(result.error, place));
}

/**
 * Letters as a kind of stored record: keyed by id, revision and date carried by the letter,
 * each written with its summary for « Mes lettres » (`summary-store.ts`), an old format copied
 * to `migration-backup:<id>` while it is rewritten.
 */
export const letterRecords: RecordKind<Letter, Letter> = {
  keyOf: (letter) => keys.letter(letter.id),
  read: (key, raw): RecordReading<Letter> => {
    const result = readLetterRecord(key, raw);
    return result.ok ? { ok: true, record: result.letter, migrated: result.migrated } : result;
  },
  validate: validateLetter,
  stamp: (letter, revision, updatedAt) => ({ ...letter, revision, updatedAt }),
  conflict: (theirs) => new RevisionConflict(theirs),
  invalidRevision: (revision) =>
    new InvalidLetterError([{ where: 'la révision', message: `${revision} hors limites` }]),
  besides: (letter) => [[keys.summary(letter.id), summaryOf(letter)]],
  besideKeys: (key) => [keys.summary(key.slice(LETTER_PREFIX.length))],
  migrationBackupKey: (letter) => keys.migrationBackup(letter.id),
};
