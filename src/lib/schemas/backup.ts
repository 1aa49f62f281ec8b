import { z } from 'zod';
import { letterSchema } from './letter';
import { storedSchoolSchema } from './school';
import { teamSchema } from './team';
import { userModelSchema } from './user-model';

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

/** Most user models (« Mes modèles ») a backup may hold. */
export const BACKUP_MAX_MODELS = 1_000;

/** The limits as the page states them before a file is chosen. */
export const BACKUP_LIMIT_TEXT = '100\u00a0Mo, 10\u202f000 lettres et 1\u202f000 modèles au plus';

/**
 * The envelope of a backup file; letters and models are checked one by one (and migrated)
 * afterwards. `models` and `team` came after version 1 and are optional, so the version stays 1:
 * every file written before still reads the same, and a backup without them is written as before.
 */
export const backupEnvelopeSchema = z
  .object({
    /** Always `lettres-de-mission`. */
    format: z.literal(BACKUP_FORMAT),
    /** Version of this file format. */
    version: z.literal(BACKUP_VERSION),
    /** ISO timestamp of the export. */
    exportedAt: z.string().datetime(),
    /**
     * "Mon établissement", when it was exported; read as a stored one is (`storedSchoolSchema`),
     * so a backup from before the limits still restores.
     */
    school: storedSchoolSchema.optional(),
    /**
     * « Mon équipe », when it had people; absent from backups made before it existed, which
     * import as before.
     */
    team: teamSchema.optional(),
    /** The letters, each in any stored format version. */
    letters: z.array(z.unknown()).max(BACKUP_MAX_LETTERS),
    /** The user's own models (« Mes modèles »), each in any stored format version; absent: none. */
    models: z.array(z.unknown()).max(BACKUP_MAX_MODELS).optional(),
  })
  .strict();

/** A backup file as written by the site (letters and models in the current format). */
export const backupSchema = backupEnvelopeSchema.extend({
  /** The letters. */
  letters: z.array(letterSchema).max(BACKUP_MAX_LETTERS),
  /** The user's models; absent when there are none. */
  models: z.array(userModelSchema).max(BACKUP_MAX_MODELS).optional(),
});

export type Backup = z.output<typeof backupSchema>;
