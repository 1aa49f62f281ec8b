import type { Letter } from '../schemas/letter';
import { STATUS_LABELS, type LetterStatus } from '../schemas/letter-status';
import { withStatus } from '../letters/status';
import type { ListServices } from '../list/list-services';
import type { LetterListActions } from '../list/list-actions';
import { plural } from '../text/plural';

// What the campaign does to a selection of letters, in storage: each letter read, changed and
// saved on its own (one transaction, letter and summary, revision-checked), and other tabs told
// on the channel as « Mes lettres » tells them. A letter another tab changed meanwhile is left
// as that tab wrote it and counted apart: nothing is ever written over it.

/** What a run over the selection did: how many letters, and how many were left as they were. */
export interface Done {
  done: number;
  /** Letters gone or changed in another tab meanwhile: left as they are. */
  skipped: number;
}

/** Reads the letters of `ids` (validated), in their order; those gone or unreadable are left out. */
export async function readLetters(
  { repo }: ListServices,
  ids: readonly string[],
): Promise<Letter[]> {
  const letters: Letter[] = [];
  for (const id of ids) {
    const letter = await repo.get(id);
    if (letter) letters.push(letter);
  }
  return letters;
}

/** Sets `status` on each letter of `ids` with `withStatus`, dated `at`. */
export async function setStatus(
  services: ListServices,
  ids: readonly string[],
  status: LetterStatus,
  at: Date,
): Promise<Done> {
  const { repo, channel } = services;
  const { RevisionConflict } = await import('../letters/errors');
  let done = 0;
  let skipped = 0;
  for (const id of ids) {
    const letter = await repo.get(id);
    if (!letter) {
      skipped += 1;
      continue;
    }
    try {
      const saved = await repo.save(withStatus(letter, status, at), letter.revision);
      channel.announce({ kind: 'saved', id: saved.id, revision: saved.revision });
      done += 1;
    } catch (error) {
      if (!(error instanceof RevisionConflict)) throw error;
      skipped += 1;
    }
  }
  return { done, skipped };
}

/** Deletes the letters of `ids`; returns them, for « Annuler ». */
export async function removeLetters(
  { repo, channel }: ListServices,
  ids: readonly string[],
): Promise<Letter[]> {
  const removed: Letter[] = [];
  for (const id of ids) {
    const letter = await repo.remove(id);
    if (!letter) continue;
    removed.push(letter);
    channel.announce({ kind: 'removed', id });
  }
  return removed;
}

/**
 * Writes the deleted letters back as they were; a letter another tab wrote again since its
 * deletion (still editing it) keeps that newer version and is counted in `skipped`.
 */
export async function undoRemove(
  { repo, channel }: ListServices,
  letters: readonly Letter[],
): Promise<Done> {
  const { DeletedLetterRewritten } = await import('../letters/errors');
  let done = 0;
  let skipped = 0;
  for (const letter of letters) {
    try {
      const restored = await repo.undoRemove(letter);
      channel.announce({ kind: 'saved', id: restored.id, revision: restored.revision });
      done += 1;
    } catch (error) {
      if (!(error instanceof DeletedLetterRewritten)) throw error;
      skipped += 1;
    }
  }
  return { done, skipped };
}

/** Copies each letter of `ids` for next year (« Mes lettres »' copy, dates moved on). */
export async function duplicateForNextYear(
  services: ListServices,
  actions: LetterListActions,
  ids: readonly string[],
): Promise<Done> {
  let done = 0;
  let skipped = 0;
  for (const id of ids) {
    const original = await services.repo.get(id);
    if (!original) {
      skipped += 1;
      continue;
    }
    await actions.storeCopy(services, await actions.copyOf(original, true), true);
    done += 1;
  }
  return { done, skipped };
}

const letters = (n: number) => plural(n, 'lettre', 'lettres');

/** « 1 lettre non modifiée : changée ou supprimée dans un autre onglet. », or nothing. */
function skippedSentence(skipped: number): string {
  if (skipped === 0) return '';
  const verb = skipped === 1 ? 'laissée telle quelle' : 'laissées telles quelles';
  return ` ${letters(skipped)} ${verb}\u00a0: changée${skipped === 1 ? '' : 's'} ou supprimée${skipped === 1 ? '' : 's'} dans un autre onglet.`;
}

/** « 3 lettres passées à « Signée ». » */
export function statusSentence(status: LetterStatus, { done, skipped }: Done): string {
  const verb = done < 2 ? 'passée' : 'passées';
  return `${letters(done)} ${verb} à «\u00a0${STATUS_LABELS[status]}\u00a0».${skippedSentence(skipped)}`;
}

/** « 3 copies créées pour l’année suivante. » */
export function copiesSentence({ done, skipped }: Done): string {
  const made = plural(done, 'copie créée', 'copies créées');
  return `${made} pour l’année suivante.${skippedSentence(skipped)}`;
}

/** « 3 lettres supprimées. » (the undo bar offers « Annuler »). */
export const removedSentence = (count: number): string =>
  `${plural(count, 'lettre supprimée', 'lettres supprimées')}.`;

/** « 3 lettres rétablies. » */
export function restoredSentence({ done, skipped }: Done): string {
  return `${plural(done, 'lettre rétablie', 'lettres rétablies')}.${skippedSentence(skipped)}`;
}
