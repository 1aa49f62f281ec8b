import type { Backup } from '../schemas/backup';
import type { StoredUserModels } from '../models/repository';
import { MODEL_PREFIX } from '../persistence/keys';
import { storedModelsById, type StoredModels } from './sort';

/** The refusal of a backup holding letters made from a model this site does not have. */
export const unknownModelMessage =
  'La sauvegarde contient des lettres faites sur un modèle que ce site ne connaît pas, absent ' +
  'de vos modèles comme de la sauvegarde (une version plus récente du site\u202f?)\u00a0: aucune ' +
  'lettre n’a été importée. Rechargez la page pour obtenir la dernière version, puis ' +
  'importez-la de nouveau.';

/**
 * What holds a model id here, for planning an import: the user's readable models, and as taken
 * (`null`) the set-aside ones and the ready models' slugs (`readyIds`).
 */
export async function modelsHere(
  repo: Pick<StoredUserModels, 'list'>,
  readyIds: Iterable<string>,
): Promise<StoredModels> {
  const { models, setAside } = await repo.list();
  const unreadable = setAside.map((key) => key.slice(MODEL_PREFIX.length));
  return storedModelsById(models, [...readyIds, ...unreadable]);
}

/**
 * The models a letter of `backup` may be written from: the ready ones and the user's here
 * (`here`, see `modelsHere`; a set-aside one counts, the letter keeps its own copy of the
 * texts), and those the backup brings.
 */
export function knownModelIds(here: StoredModels, backup: Backup): Set<string> {
  return new Set([...here.keys(), ...(backup.models ?? []).map((model) => model.id)]);
}

/**
 * One French line per letter whose model (`typeId`) is not one of `known`, naming the letter
 * by its place in the file and its title: such a letter could be stored but never opened.
 */
export function unknownModelLines(backup: Backup, known: ReadonlySet<string>): string[] {
  return backup.letters.flatMap((letter, index) =>
    known.has(letter.typeId)
      ? []
      : [
          `sauvegarde › lettre ${index + 1} («\u00a0${letter.title}\u00a0»)\u00a0: modèle ` +
            `«\u00a0${letter.typeId}\u00a0» inconnu de ce site`,
        ],
  );
}
