import { classifyStorageError } from '../storage/failure';
import { formatCount, plural } from '../text/plural';
import type { ImportCounts, ImportDone, ImportFailed } from './apply';

const megabytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** « 12,5 Mo »: bytes as French writes a size (1 Mo = 1 000 000 octets, as browsers count). */
export function formatMegabytes(bytes: number): string {
  return `${megabytes.format(Math.max(0.1, bytes / 1_000_000))}\u00a0Mo`;
}

/** The words of a count, in the singular and the plural, for letters (f.) and models (m.). */
const words = {
  letter: {
    noun: ['lettre', 'lettres'],
    counts: [
      ['ajoutée', 'ajoutées'],
      ['remplacée', 'remplacées'],
      ['ajoutée en copie', 'ajoutées en copie'],
    ],
    same: [
      'lettre déjà présente, identique, n’a pas été importée',
      'lettres déjà présentes, identiques, n’ont pas été importées',
    ],
  },
  model: {
    noun: ['modèle', 'modèles'],
    counts: [
      ['ajouté', 'ajoutés'],
      ['remplacé', 'remplacés'],
      ['ajouté en copie', 'ajoutés en copie'],
    ],
    same: [
      'modèle déjà présent, identique, n’a pas été importé',
      'modèles déjà présents, identiques, n’ont pas été importés',
    ],
  },
} as const;

/** « 2 lettres ajoutées, 1 remplacée »: only the first count names the letters (or models). */
function countsPhrase({ added, replaced, copied }: ImportCounts, kind: keyof typeof words): string {
  const { noun, counts } = words[kind];
  return [added, replaced, copied]
    .map((n, index) => [n, index] as const)
    .filter(([n]) => n > 0)
    .map(([n, index], place) => {
      const [one, many] = counts[index] ?? ['', ''];
      return place === 0
        ? plural(n, `${noun[0]} ${one}`, `${noun[1]} ${many}`)
        : plural(n, one, many);
    })
    .join(', ');
}

/** « 1 lettre déjà présente, identique, n’a pas été importée de nouveau. », or nothing. */
function skippedSentence(skipped: number, kind: keyof typeof words): string {
  const [one, many] = words[kind].same;
  return skipped > 0 ? ` ${plural(skipped, one, many)} de nouveau.` : '';
}

/**
 * « Import terminé : 3 lettres ajoutées, 1 remplacée, 2 ajoutées en copie ; 1 modèle ajouté. »
 * and what was skipped.
 */
export function doneSentence(done: ImportDone, schoolKept: boolean, teamKept = 0): string {
  const parts = [countsPhrase(done, 'letter'), countsPhrase(done.models, 'model')].filter(
    (part) => part !== '',
  );
  const what = parts.length > 0 ? parts.join('\u202f; ') : 'aucune lettre importée';
  const same =
    skippedSentence(done.skipped, 'letter') + skippedSentence(done.models.skipped, 'model');
  const school = schoolKept
    ? ' L’établissement de la sauvegarde a rempli «\u00a0Mon établissement\u00a0».'
    : '';
  const team =
    teamKept > 0
      ? ` L’équipe de la sauvegarde (${plural(teamKept, 'personne', 'personnes')}) a rempli «\u00a0Mon équipe\u00a0».`
      : '';
  return `Import terminé\u00a0: ${what}.${same}${school}${team}`;
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
  if (failed.written.length === 0 && failed.writtenModels.length === 0) return message;
  // The write failed midway and could not be undone: say which letters are in, and only those.
  const colon = message.indexOf('\u00a0:');
  const cause = colon > 0 ? message.slice(0, colon) : 'L’enregistrement a échoué';
  const count = failed.written.length;
  const models = failed.writtenModels.length;
  const modelPart =
    models > 0
      ? ` et ${plural(models, 'modèle', 'modèles')} sur ${formatCount(failed.totalModels)}`
      : '';
  const were = count + models > 1 ? 'ont été importés' : 'a été importé';
  return (
    `${cause}\u00a0: l’import s’est arrêté en cours de route et n’a pas pu être annulé. ` +
    `${plural(count, 'lettre', 'lettres')} sur ${formatCount(failed.total)}${modelPart} ` +
    `${models > 0 ? were : count > 1 ? 'ont été importées' : 'a été importée'} (ci-dessous)\u202f; ` +
    'les autres ne l’ont pas été. Téléchargez une sauvegarde avant de réessayer.'
  );
}
