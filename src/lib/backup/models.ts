import type { Backup } from '../schemas/backup';

/** The refusal of a backup holding letters made from a model this site does not have. */
export const unknownModelMessage =
  'La sauvegarde contient des lettres faites sur un modèle que ce site ne connaît pas (une ' +
  'version plus récente du site\u202f?)\u00a0: aucune lettre n’a été importée. Rechargez la ' +
  'page pour obtenir la dernière version, puis importez-la de nouveau.';

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
