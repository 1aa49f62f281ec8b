import type { Letter } from '../schemas/letter';
import type { UserModel } from '../schemas/user-model';
import type { Backup } from '../schemas/backup';
import type { Team } from '../schemas/team';
import { sortLetter, sortModel, type StoredLetters, type StoredModels } from './sort';

export { storedById, storedModelsById, type StoredLetters, type StoredModels } from './sort';

/**
 * What an import would do, before the user confirms. A backup's letter whose id is used here
 * is compared with the letter here by revision (each save adds one): a newer one may replace
 * it, an older or different one never does (it is added as a copy), an identical one is skipped.
 */
export interface ImportPlan {
  /** Letters whose id is not used here: added as they are. */
  fresh: Letter[];
  /** Same id here, at a lower revision: replaced, or both kept, as the user chooses. */
  newer: Letter[];
  /**
   * Same id here, at the same or a higher revision but not identical (edited here since the
   * backup, or in two places), or unreadable here: added as a copy under a new id, so the
   * letter here is never replaced by an older one.
   */
  older: Letter[];
  /** Already here exactly as in the backup: not written again. */
  same: Letter[];
  /** How many letters repeated an id inside them and were given new ones; absent: none. */
  repairedLetters?: number;
  /** The backup's user models, sorted the same way; absent when it holds none. */
  models?: ModelPlan;
  /**
   * The backup's « Mon équipe », when it has people: written only where the team here has
   * nobody (as the school), never over it. Absent when the backup has none.
   */
  team?: Team;
}

/**
 * The backup's models by what holds their id here (see `sortModel`). A model added as a copy
 * gets a new id, and the backup's letters written from it follow it to the copy.
 */
export interface ModelPlan {
  /** Id free here: added as they are. */
  fresh: UserModel[];
  /** A different model here at a lower revision: replaced, or both kept, as the user chooses. */
  newer: UserModel[];
  /** A different model here at the same or a higher revision, or an id taken: added as a copy. */
  older: UserModel[];
  /** The same model is here already: not written again. */
  same: UserModel[];
}

/** For a newer letter or model from the backup: add it as a copy, or replace the one here. */
export type ImportChoice = 'keep-both' | 'replace';

/**
 * Sorts the backup's letters by what is stored under their ids, and its models by what holds
 * theirs (`models`: the user's models and the ids they may not take, see `storedModelsById`);
 * `repairedLetters` (from `parseBackup`) is carried along for the summary.
 */
export function planImport(
  stored: StoredLetters,
  backup: Backup,
  repairedLetters = 0,
  models: StoredModels = new Map(),
): ImportPlan {
  const plan: ImportPlan = { fresh: [], newer: [], older: [], same: [] };
  for (const letter of backup.letters) plan[sortLetter(letter, stored.get(letter.id))].push(letter);
  if (repairedLetters > 0) plan.repairedLetters = repairedLetters;
  if (backup.models && backup.models.length > 0) {
    const modelPlan: ModelPlan = { fresh: [], newer: [], older: [], same: [] };
    for (const model of backup.models)
      modelPlan[sortModel(model, models.get(model.id))].push(model);
    plan.models = modelPlan;
  }
  if (backup.team && backup.team.people.length > 0) plan.team = backup.team;
  return plan;
}

/** How many models the import would write (identical ones aside). */
export const modelsToWrite = (plan: ImportPlan): number =>
  plan.models ? plan.models.fresh.length + plan.models.newer.length + plan.models.older.length : 0;

/** How many letters and models the import would write (skipped identical ones aside). */
export const toWrite = (plan: ImportPlan): number =>
  plan.fresh.length + plan.newer.length + plan.older.length + modelsToWrite(plan);
