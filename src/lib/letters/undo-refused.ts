import type { StorageFailure } from '../storage/failure';
import { technicalDetails } from '../storage/technical';

/**
 * What « Mes lettres » says when « Annuler » cannot bring a deleted letter back: another tab,
 * still editing it, saved it since the deletion. `label` names the letter (null if unknown).
 */
export function undoRefused(label: string | null): StorageFailure {
  const letter = label === null ? 'La lettre' : `La lettre «\u00a0${label}\u00a0»`;
  return {
    kind: 'write-failed',
    message:
      `${letter} a été modifiée dans un autre onglet depuis sa suppression\u00a0: elle n’a pas ` +
      'été rétablie et rien n’a été remplacé. La version de l’autre onglet est dans la liste.',
    technical: technicalDetails(
      { name: 'DeletedLetterRewritten', code: undefined },
      'write-failed',
    ),
  };
}
