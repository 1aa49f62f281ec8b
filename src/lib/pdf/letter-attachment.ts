import type { Letter } from '../schemas/letter';
import type { UserModel } from '../schemas/user-model';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../schemas/backup';
import { letterFileName } from '../document/file-name';
import type { JsonAttachment } from './embedded-letter';

/**
 * A letter as the file embedded in its PDF: a backup holding that letter alone, exactly as
 * `backup/format.ts` writes one (no school nor team), so « Mes lettres » reads it back through
 * the same checks as any backup (`backup/letter-from-pdf.ts`). With the user's model the letter
 * was written from (`models`, see `models/backup.ts` `modelsOfLetter`; others are left out), so
 * the PDF reopens where that model is unknown. Compact JSON: nobody reads it in the PDF, and the
 * file stays small. Named after the letter's PDF, in `.json`.
 */
export function letterAttachment(
  letter: Letter,
  now: Date,
  name?: string,
  models: readonly UserModel[] = [],
): JsonAttachment {
  const own = models.filter((model) => model.id === letter.typeId);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    letters: [letter],
    ...(own.length > 0 ? { models: own } : {}),
  };
  return { name: name ?? letterFileName(letter, 'json'), json: JSON.stringify(backup) };
}
