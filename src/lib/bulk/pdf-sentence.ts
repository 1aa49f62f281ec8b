import type { PdfFilesOutcome } from './pdf-files';
import { plural } from '../text/plural';

/**
 * What the page says once a combined PDF or a ZIP of PDFs is made (or not): the file, and the
 * letters left out with the characters no font draws. Shared by « Plusieurs personnes » and the
 * campaign.
 */
export function pdfOutcomeSentence(outcome: PdfFilesOutcome): string {
  if (!outcome.ok && outcome.cancelled)
    return 'Téléchargement annulé. Vos lettres restent enregistrées.';
  const left = outcome.leftOut.map(
    (item) =>
      `${item.person || 'Sans nom'} (caractère${item.missing.length > 1 ? 's' : ''} ` +
      `impossible${item.missing.length > 1 ? 's' : ''} à écrire\u00a0: ${item.missing.join(' ')})`,
  );
  const leftSentence =
    left.length > 0 ? ` Lettres laissées de côté, à corriger\u00a0: ${left.join('\u202f; ')}.` : '';
  if (!outcome.ok) return `Aucun PDF n’a pu être créé.${leftSentence}`;
  const what = outcome.fileName.endsWith('.zip')
    ? `ZIP de ${plural(outcome.count, 'PDF', 'PDF')}`
    : `PDF de ${plural(outcome.count, 'lettre', 'lettres')}`;
  return `${what} téléchargé (${outcome.fileName}).${leftSentence}`;
}
