import type { UserModel } from '../schemas/user-model';
import type { StoredUserModels } from '../models/repository';
import { MODEL_PREFIX } from '../persistence/keys';
import type { ImportChoice, ModelPlan } from './plan';
import { sortModel, storedModelsById } from './sort';

/** How an import's letters or models went: added, replaced, added as a copy, or skipped. */
export interface ImportCounts {
  /** Added under their own id. */
  added: number;
  /** Replaced the one here, older, with the backup's newer version. */
  replaced: number;
  /** Added as a copy under a new id (the id was taken here). */
  copied: number;
  /** Already here, identical: not written. */
  skipped: number;
}

/** The models an import writes, and the ids of the copies, by the id they had in the backup. */
export interface PlacedModels {
  /** The records to write, copies under their new id. */
  records: UserModel[];
  /** Backup id → the copy's new id: the backup's letters written from it follow it there. */
  renamed: Map<string, string>;
  /** What becomes of each model (`added` counts the fresh ones and the replacing ones). */
  counts: ImportCounts;
}

/**
 * Decides, at write time, what each of the backup's models becomes, as `writeImport` does for
 * letters: the models here are read again when a newer one is to replace the one here (another
 * tab may have saved it since the plan); a model is replaced only if the backup's is still
 * newer, else it is added as a copy (new id, revision 0). Nothing is written here.
 */
export async function placeModels(
  repo: Pick<StoredUserModels, 'list'>,
  plan: ModelPlan | undefined,
  choice: ImportChoice,
  makeId: () => string,
): Promise<PlacedModels> {
  const counts: ImportCounts = { added: 0, replaced: 0, copied: 0, skipped: 0 };
  const placed: PlacedModels = { records: [], renamed: new Map(), counts };
  if (!plan) return placed;
  counts.skipped = plan.same.length;
  const copy = (model: UserModel) => {
    const id = makeId();
    placed.renamed.set(model.id, id);
    placed.records.push({ ...model, id, revision: 0 });
    counts.copied += 1;
  };
  placed.records.push(...plan.fresh);
  plan.older.forEach(copy);
  if (plan.newer.length > 0 && choice === 'replace') {
    const { models, setAside } = await repo.list();
    // A ready model's slug never held a newer one at plan time: only set-aside ids matter here.
    const unreadable = setAside.map((key) => key.slice(MODEL_PREFIX.length));
    const stored = storedModelsById(models, unreadable);
    for (const model of plan.newer) {
      const now = sortModel(model, stored.get(model.id));
      if (now === 'same') counts.skipped += 1;
      else if (now === 'older') copy(model);
      else {
        placed.records.push(model);
        if (now === 'newer') counts.replaced += 1;
      }
    }
  } else plan.newer.forEach(copy);
  counts.added = placed.records.length - counts.copied - counts.replaced;
  return placed;
}
