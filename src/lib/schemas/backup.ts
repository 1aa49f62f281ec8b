import { z } from 'zod';
import { letterSchema } from './letter';
import { schoolSchema } from './school';

/** Marks a file as ours. */
export const BACKUP_FORMAT = 'lettres-de-mission';

/** Version of the backup file format; bump it with a migration in `src/lib/backup/parse.ts`. */
export const BACKUP_VERSION = 1;

/**
 * Largest backup file accepted, in bytes (100 Mo). A letter takes 8 to 15 kB of a backup (its
 * own copy of the model's texts, pretty-printed), so this holds the most letters a backup may
 * hold (`BACKUP_MAX_LETTERS`): « Télécharger toutes mes lettres » always makes a file the
 * import takes back. Checked before the file is read.
 */
export const BACKUP_MAX_BYTES = 100 * 1000 * 1000;

/** Most letters a backup may hold. */
export const BACKUP_MAX_LETTERS = 10_000;

/** The limits as the page states them before a file is chosen. */
export const BACKUP_LIMIT_TEXT = '100\u00a0Mo et 10\u202f000 lettres au plus';

/** The envelope of a backup file; letters are checked one by one (and migrated) afterwards. */
export const backupEnvelopeSchema = z
  .object({
    /** Always `lettres-de-mission`. */
    format: z.literal(BACKUP_FORMAT),
    /** Version of this file format. */
    version: z.literal(BACKUP_VERSION),
    /** ISO timestamp of the export. */
    exportedAt: z.string().datetime(),
    /** "Mon établissement", when it was exported. */
    school: schoolSchema.optional(),
    /** The letters, each in any stored format version. */
    letters: z.array(z.unknown()).max(BACKUP_MAX_LETTERS),
  })
  .strict();

/** A backup file as written by the site (letters in the current format). */
export const backupSchema = backupEnvelopeSchema.extend({
  /** The letters. */
  letters: z.array(letterSchema).max(BACKUP_MAX_LETTERS),
});

export type Backup = z.output<typeof backupSchema>;
