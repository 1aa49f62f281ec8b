import { z } from 'zod';
import { letterSchema } from './letter';
import { schoolSchema } from './school';

/** Marks a file as ours. */
export const BACKUP_FORMAT = 'lettres-de-mission';

/** Version of the backup file format; bump it with a migration in `src/lib/backup/parse.ts`. */
export const BACKUP_VERSION = 1;

/** Largest backup file accepted, in bytes (5 Mo): letters are a few kB each. */
export const BACKUP_MAX_BYTES = 5 * 1024 * 1024;

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
    letters: z.array(z.unknown()).max(10_000),
  })
  .strict();

/** A backup file as written by the site (letters in the current format). */
export const backupSchema = backupEnvelopeSchema.extend({
  /** The letters. */
  letters: z.array(letterSchema).max(10_000),
});

export type Backup = z.output<typeof backupSchema>;
