import { classifyStorageError } from '../storage/failure';
import { formatCount, plural } from '../text/plural';
import type { ImportDone, ImportFailed } from './apply';

const megabytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** « 12,5 Mo »: bytes as French writes a size (1 Mo = 1 000 000 octets, as browsers count). */
export function formatMegabytes(bytes: number): string {
  return `${megabytes.format(Math.max(0.1, bytes / 1_000_000))}\u00a0Mo`;
}

/** « Import terminé : 3 lettres ajoutées, 1 remplacée, 2 ajoutées en copie. » and what was skipped. */
export function doneSentence(done: ImportDone, schoolKept: boolean): string {
  const { added, replaced, copied, skipped } = done;
  // Only the first count names the letters: « 2 lettres ajoutées, 1 remplacée ».
  const counts: [number, string, string][] = [
    [added, 'ajoutée', 'ajoutées'],
    [replaced, 'remplacée', 'remplacées'],
    [copied, 'ajoutée en copie', 'ajoutées en copie'],
  ];
  const parts = counts
    .filter(([n]) => n > 0)
    .map(([n, one, many], index) =>
      index === 0 ? plural(n, `lettre ${one}`, `lettres ${many}`) : plural(n, one, many),
    );
  const what = parts.length > 0 ? parts.join(', ') : 'aucune lettre importée';
  const same =
    skipped > 0
      ? ` ${plural(skipped, 'lettre déjà présente, identique, n’a', 'lettres déjà présentes, identiques, n’ont')} pas été importée${skipped > 1 ? 's' : ''} de nouveau.`
      : '';
  const school = schoolKept
    ? ' L’établissement de la sauvegarde a rempli «\u00a0Mon établissement\u00a0».'
    : '';
  return `Import terminé\u00a0: ${what}.${same}${school}`;
}

/**
 * What the user reads when an import failed: why, and exactly what is in (nothing, or the
 * letters listed under the message), and what to do.
 */
export function failedMessage(failed: ImportFailed): string {
  if (failed.reason === 'space') {
    return (
      `Il ne reste pas assez de place dans le stockage du navigateur\u00a0: l’import demande ` +
      `environ ${formatMegabytes(failed.needed)}, il reste ${formatMegabytes(failed.free)}. ` +
      'Aucune lettre de la sauvegarde n’a été importée, vos lettres enregistrées sont restées ' +
      'telles quelles\u202f; téléchargez une sauvegarde, puis libérez de l’espace (ou importez ' +
      'une sauvegarde plus petite).'
    );
  }
  const { message } = classifyStorageError(failed.error, 'import-write');
  if (failed.written.length === 0) return message;
  // The write failed midway and could not be undone: say which letters are in, and only those.
  const colon = message.indexOf('\u00a0:');
  const cause = colon > 0 ? message.slice(0, colon) : 'L’enregistrement a échoué';
  const count = failed.written.length;
  return (
    `${cause}\u00a0: l’import s’est arrêté en cours de route et n’a pas pu être annulé. ` +
    `${plural(count, 'lettre', 'lettres')} sur ${formatCount(failed.total)} ` +
    `${count > 1 ? 'ont été importées' : 'a été importée'} (ci-dessous)\u202f; les autres ne l’ont ` +
    'pas été. Téléchargez une sauvegarde avant de réessayer.'
  );
}
