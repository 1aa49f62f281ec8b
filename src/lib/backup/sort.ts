import type { UserModel } from '../schemas/user-model';
import type { Letter } from '../schemas/letter';

/** The letters stored here by id; `null` for a record that is unreadable (set aside). */
export type StoredLetters = ReadonlyMap<string, Letter | null>;

/** The stored letters by id, unreadable records included: an import must not overwrite them. */
export function storedById(letters: readonly Letter[], unreadableIds: readonly string[]) {
  const map = new Map<string, Letter | null>(unreadableIds.map((id) => [id, null]));
  for (const letter of letters) map.set(letter.id, letter);
  return map;
}

/** The groups of an import plan (`plan.ts`), for letters and models alike. */
export type LetterGroup = 'fresh' | 'newer' | 'older' | 'same';

/** Where a backup's letter goes, given what is stored under its id. */
export function sortLetter(letter: Letter, stored: Letter | null | undefined): LetterGroup {
  if (stored === undefined) return 'fresh';
  if (stored === null) return 'older';
  if (letter.revision > stored.revision) return 'newer';
  return JSON.stringify(letter) === JSON.stringify(stored) ? 'same' : 'older';
}

/**
 * The models stored here by id; `null` for an id that is taken but not by a readable model of
 * the user (a set-aside record, or a ready model's slug): an import must not take it.
 */
export type StoredModels = ReadonlyMap<string, UserModel | null>;

/** The stored models by id, with the ids they may not take (see `StoredModels`). */
export function storedModelsById(
  models: readonly UserModel[],
  takenIds: Iterable<string>,
): Map<string, UserModel | null> {
  const map = new Map<string, UserModel | null>([...takenIds].map((id) => [id, null]));
  for (const model of models) map.set(model.id, model);
  return map;
}

/**
 * Where a backup's model goes, given what holds its id here. A model is its content: the same
 * content is skipped whatever its revision and dates (as « Importer un modèle » does); else it
 * is sorted by revision like a letter.
 */
export function sortModel(model: UserModel, stored: UserModel | null | undefined): LetterGroup {
  if (stored === undefined) return 'fresh';
  if (stored === null) return 'older';
  if (JSON.stringify(model.model) === JSON.stringify(stored.model)) return 'same';
  return model.revision > stored.revision ? 'newer' : 'older';
}
