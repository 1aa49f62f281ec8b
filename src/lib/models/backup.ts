import { z } from 'zod';
import { userModelSchema, type UserModel } from '../schemas/user-model';
import { fieldIssues, issueLines } from '../validation/issues';
import { frenchErrorMap } from '../validation/french-issues';
import type { StoredUserModels } from './repository';
import { planModelImport } from './share';
import { userModelPlace } from './place';

// The user models' part of a backup file (`models: UserModel[]`), kept apart from the letters'
// backup code so it can be wired into the envelope and its atomic import in one small step.

/** Most models a backup may hold. */
export const BACKUP_MAX_MODELS = 1_000;

/** The `models` entry of a backup envelope (absent in backups made before user models). */
export const backupModelsSchema = z.array(z.unknown()).max(BACKUP_MAX_MODELS).optional();

/** The models to write into a backup: every readable one (set-aside ones stay in quarantine). */
export async function modelsForBackup(repo: StoredUserModels): Promise<UserModel[]> {
  return (await repo.list()).models;
}

/** A backup's models checked one by one; any problem refuses them all, named in French. */
export function readBackupModels(
  raw: readonly unknown[] | undefined,
): { ok: true; models: UserModel[] } | { ok: false; problems: string[] } {
  const models: UserModel[] = [];
  const problems: string[] = [];
  (raw ?? []).forEach((entry, index) => {
    const result = userModelSchema.safeParse(entry, { errorMap: frenchErrorMap });
    if (result.success) models.push(result.data);
    else
      problems.push(
        ...issueLines(
          fieldIssues(result.error, userModelPlace),
          `sauvegarde › modèle ${index + 1}`,
        ),
      );
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, models };
}

/**
 * Adds a backup's models without replacing any: the same model already stored is skipped, a
 * different one holding the id makes the imported copy take a new id (as « Importer un
 * modèle »). Returns how many were added.
 */
export async function importBackupModels(
  repo: StoredUserModels,
  models: readonly UserModel[],
  readyIds: ReadonlySet<string>,
): Promise<number> {
  let added = 0;
  for (const model of models) {
    const { models: stored } = await repo.list();
    const plan = planModelImport(model, stored, readyIds);
    if (plan.kind === 'add') {
      await repo.add(plan.model);
      added += 1;
    }
  }
  return added;
}
