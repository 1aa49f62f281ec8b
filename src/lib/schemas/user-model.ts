import { z } from 'zod';
import { idSchema } from './letter';
import { letterTypeSchema } from './letter-type';
import { revisionSchema } from './revision';

/** Version of the stored user-model format; bump it with a migration in `src/lib/models/`. */
export const USER_MODEL_SCHEMA_VERSION = 1;

/**
 * A model made in the browser (« Créer un modèle »), as stored in IndexedDB, in a backup and in
 * a shared model file. The model itself is validated by the very schema of the ready models
 * (`letterTypeSchema`), so a user model opens the same editor and renders the same way.
 */
export const userModelSchema = z
  .object({
    /** Format version, for migrations. */
    schemaVersion: z.literal(USER_MODEL_SCHEMA_VERSION),
    /** Identifier, also the `typeId` of the letters written from it. */
    id: idSchema,
    /** How many times it was saved; checked on every write so two tabs never overwrite each other. */
    revision: revisionSchema,
    /** When it was created (ISO 8601). */
    createdAt: z.string().datetime(),
    /** When it was last saved (ISO 8601). */
    updatedAt: z.string().datetime(),
    /** The model: title, fields, sections, IMP, signatories… (its `provenance` is `user`). */
    model: letterTypeSchema,
  })
  .strict();

export type UserModel = z.output<typeof userModelSchema>;
