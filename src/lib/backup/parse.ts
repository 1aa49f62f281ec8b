import type { Letter } from '../schemas/letter';
import { fieldIssues, issueLines } from '../validation/issues';
import { backupPlace } from '../schemas/field-path';
import {
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  backupEnvelopeSchema,
  type Backup,
} from '../schemas/backup';
import { frenchErrorMap } from '../validation/french-issues';
import { migrateLetter } from '../letters/migrate';
import { cleanInvisibleDeep } from '../text/clean-invisible';
import { isRecord } from '../schemas/is-record';
import { readBackupModels } from '../models/backup';

/** What `parseBackup` needs from a `File` (a double in tests). */
export interface BackupFile {
  readonly size: number;
  text(): Promise<string>;
}

/** A checked backup, or why it is refused (nothing was changed either way). */
export type ParsedBackup =
  | {
      ok: true;
      backup: Backup;
      /** How many letters repeated an id and got new ones (see `repair-ids.ts`); absent: none. */
      repairedLetters?: number;
    }
  | { ok: false; message: string; details: string[] };

/** The messages shown when a file is refused. */
export const backupMessages = {
  tooBig:
    'Le fichier dépasse 100\u00a0Mo, la taille la plus grande qu’un import accepte (environ ' +
    '10\u202f000 lettres)\u00a0: aucune lettre n’a été importée. Vérifiez le fichier choisi.',
  unreadable: 'Le fichier n’a pas pu être lu. Choisissez-le de nouveau.',
  notJson:
    'Le fichier est illisible ou incomplet (a-t-il été coupé ou modifié\u202f?)\u00a0: ' +
    'aucune lettre n’a été importée.',
  notOurs: 'Ce fichier n’est pas une sauvegarde de Lettres de mission.',
  future: (version: number) =>
    `Cette sauvegarde a été créée par une version plus récente du site (format ${version})\u00a0: ` +
    'rechargez la page pour obtenir la dernière version, puis importez-la de nouveau.',
  invalid:
    'La sauvegarde contient des données invalides\u00a0: aucune lettre ni aucun modèle n’a été ' +
    'importé.',
} as const;

const refuse = (message: string, details: string[] = []): ParsedBackup => ({
  ok: false,
  message,
  details,
});

/**
 * Reads a backup file chosen by the user. The content is hostile until zod says otherwise:
 * size checked before reading, `JSON.parse` only (no eval), strict schemas that reject unknown
 * keys (`__proto__` included), every letter and user model migrated and validated; one bad
 * letter or model refuses the whole file, so an import is all or nothing. Invisible characters
 * pasted into a text (zero-width spaces, soft hyphens, controls…) are cleaned from what was
 * checked, as the letter prints it.
 */
export async function parseBackup(file: BackupFile): Promise<ParsedBackup> {
  if (!(file.size <= BACKUP_MAX_BYTES)) return refuse(backupMessages.tooBig);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse(backupMessages.unreadable);
  }
  // `size` is trusted only so far: a string may hold more than it announced.
  if (text.length > BACKUP_MAX_BYTES) return refuse(backupMessages.tooBig);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(backupMessages.notJson);
  }
  if (!isRecord(data) || data['format'] !== BACKUP_FORMAT) return refuse(backupMessages.notOurs);
  const version = data['version'];
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return refuse(backupMessages.future(version));
  }
  const envelope = backupEnvelopeSchema.safeParse(data, { errorMap: frenchErrorMap });
  if (!envelope.success) {
    const place = (path: readonly (string | number)[]) => backupPlace(path, data);
    return refuse(
      backupMessages.invalid,
      issueLines(fieldIssues(envelope.error, place), 'sauvegarde'),
    );
  }
  const letters: Letter[] = [];
  const details: string[] = [];
  const seen = new Set<string>();
  let repairedLetters = 0;
  envelope.data.letters.forEach((raw, index) => {
    const source = `sauvegarde › lettre ${index + 1}`;
    const result = migrateLetter(raw, source);
    if (!result.ok) return void details.push(...result.problems);
    if (result.repairedIds) repairedLetters += 1;
    if (seen.has(result.letter.id)) {
      details.push(
        `${source} › l’identifiant de la lettre\u00a0: identifiant «\u00a0${result.letter.id}\u00a0» présent deux fois`,
      );
    }
    seen.add(result.letter.id);
    letters.push(result.letter);
  });
  const models = readBackupModels(envelope.data.models);
  if (!models.ok) details.push(...models.problems);
  if (details.length > 0 || !models.ok) return refuse(backupMessages.invalid, details);
  // A file without models reads as before (no `models` key), one with them keeps them.
  const { models: _raw, ...rest } = envelope.data;
  const withModels = models.models.length > 0 ? { models: models.models } : {};
  const backup = cleanInvisibleDeep({ ...rest, letters, ...withModels });
  return repairedLetters === 0 ? { ok: true, backup } : { ok: true, backup, repairedLetters };
}
