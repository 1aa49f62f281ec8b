import type { Letter } from '../schemas/letter';
import type { UserModel } from '../schemas/user-model';
import type { LetterRepository } from '../letters/repository';
import { newId } from '../ids/new-id';
import { checkSpace, recordBytes, type EstimateSpace } from '../storage/space';
import { PartialWriteError } from '../storage/write-all';
import { keys, LETTER_PREFIX } from '../persistence/keys';
import type { ImportChoice, ImportPlan } from './plan';
import { sortLetter, storedById } from './sort';
import { placeModels, type ImportCounts } from './apply-models';

export type { ImportCounts } from './apply-models';

/**
 * What an import wrote: every letter and model is in. The letters' counts are at the top,
 * the models' in `models`. `written` is announced to other tabs.
 */
export interface ImportDone extends ImportCounts {
  ok: true;
  written: Letter[];
  /** What became of the backup's models (all zero when it held none). */
  models: ImportCounts;
  /** The models written (copies under their new id). */
  writtenModels: UserModel[];
}

/**
 * An import that failed. `space`: the browser said beforehand there was not room enough
 * (bytes needed and free); `storage`: the write failed (`error`). `written` and `writtenModels`
 * are exactly what is in: empty unless the rollback of a write that failed midway failed too;
 * `total` and `totalModels` how many were to be written.
 */
export type ImportFailed =
  | { ok: false; reason: 'space'; needed: number; free: number; written: []; writtenModels: [] }
  | {
      ok: false;
      reason: 'storage';
      error: unknown;
      written: Letter[];
      writtenModels: UserModel[];
      total: number;
      totalModels: number;
    };

export type ImportOutcome = ImportDone | ImportFailed;

/** Injected in tests: ids for copies, and the browser's space estimate. */
export interface ApplyOptions {
  makeId?: () => string;
  estimate?: EstimateSpace;
}

/**
 * Writes the plan, all or none: letters and models in one write. The letters here are read
 * again first (another tab may have saved since the plan was made): a letter is replaced only
 * if the backup's is still newer, else it is added as a copy (new id, revision 0), like the
 * older ones; models likewise (`placeModels`). A letter of the backup written from a model
 * added as a copy names the copy. A replacing letter keeps its revision, above the one here, so
 * a tab still editing the old version gets a conflict instead of overwriting the import. Space
 * is checked before the first write.
 */
export async function writeImport(
  repo: Pick<LetterRepository, 'list' | 'importAll' | 'models'>,
  plan: ImportPlan,
  choice: ImportChoice,
  { makeId = newId, estimate }: ApplyOptions = {},
): Promise<ImportOutcome> {
  const models = await placeModels(repo.models, plan.models, choice, makeId);
  const placed: Letter[] = [...plan.fresh];
  let replaced = 0;
  let skipped = plan.same.length;
  const copies: Letter[] = [];
  const copy = (letter: Letter) => copies.push({ ...letter, id: makeId(), revision: 0 });
  plan.older.forEach(copy);
  if (plan.newer.length > 0 && choice === 'replace') {
    const { letters, rejected } = await repo.list();
    const unreadable = rejected.map((record) => record.key.slice(LETTER_PREFIX.length));
    const stored = storedById(letters, unreadable);
    for (const letter of plan.newer) {
      const now = sortLetter(letter, stored.get(letter.id));
      if (now === 'same') skipped += 1;
      else if (now === 'newer' || now === 'fresh') {
        placed.push(letter);
        if (now === 'newer') replaced += 1;
      } else copy(letter);
    }
  } else plan.newer.forEach(copy);
  placed.push(...copies);
  const records = placed.map((letter) => {
    const typeId = models.renamed.get(letter.typeId);
    return typeId === undefined ? letter : { ...letter, typeId };
  });

  const space = await checkSpace(
    [...records, ...models.records].reduce((sum, record) => sum + recordBytes(record), 0),
    estimate,
  );
  if (!space.ok) {
    const { needed, free } = space;
    return { ok: false, reason: 'space', needed, free, written: [], writtenModels: [] };
  }
  try {
    const written = await repo.importAll(records, models.records);
    const added = written.letters.length - replaced - copies.length;
    return {
      ok: true,
      added,
      replaced,
      copied: copies.length,
      skipped,
      written: written.letters,
      models: models.counts,
      writtenModels: written.models,
    };
  } catch (error) {
    const left = new Set(error instanceof PartialWriteError ? error.keys : []);
    const cause = error instanceof PartialWriteError ? error.cause : error;
    return {
      ok: false,
      reason: 'storage',
      error: cause,
      written: records.filter((letter) => left.has(keys.letter(letter.id))),
      writtenModels: models.records.filter((model) => left.has(keys.model(model.id))),
      total: records.length,
      totalModels: models.records.length,
    };
  }
}
