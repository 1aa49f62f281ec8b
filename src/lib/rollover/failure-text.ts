import { formatMegabytes } from '../backup/outcome';
import { classifyStorageError } from '../storage/failure';
import { formatCount, plural } from '../text/plural';
import type { RolloverFailed } from './write';

/**
 * What the head reads when the copies could not be written: why, exactly what is in (nothing,
 * or the copies listed under the message when a write stopped midway could not be undone),
 * and what to do.
 */
export function failedSentence(failed: RolloverFailed): string {
  if (failed.reason === 'space') {
    return (
      `Il ne reste pas assez de place dans le stockage du navigateur\u00a0: les copies demandent ` +
      `environ ${formatMegabytes(failed.needed)}, il reste ${formatMegabytes(failed.free)}. ` +
      'Aucune copie n’a été écrite, vos lettres enregistrées sont restées telles quelles\u202f; ' +
      'téléchargez une sauvegarde, puis libérez de l’espace.'
    );
  }
  const { message } = classifyStorageError(failed.error, 'list-write');
  // « Cause : what failed. What is kept ; what to do. »: the cause and the advice are kept,
  // the middle is said for this action.
  const colon = message.indexOf('\u00a0:');
  const cause = colon > 0 ? message.slice(0, colon) : 'L’enregistrement a échoué';
  const semicolon = message.lastIndexOf('\u202f; ');
  const advice = semicolon > 0 ? message.slice(semicolon + 3) : 'réessayez.';
  const count = failed.written.length;
  if (count === 0)
    return `${cause}\u00a0: aucune copie n’a été écrite, vos lettres enregistrées sont restées telles quelles\u202f; ${advice}`;
  return (
    `${cause}\u00a0: l’écriture s’est arrêtée en cours de route et n’a pas pu être annulée. ` +
    `${plural(count, 'copie', 'copies')} sur ${formatCount(failed.total)} ` +
    `${count > 1 ? 'ont été écrites' : 'a été écrite'} (ci-dessous)\u202f; les autres ne l’ont ` +
    'pas été. Téléchargez une sauvegarde avant de réessayer.'
  );
}
