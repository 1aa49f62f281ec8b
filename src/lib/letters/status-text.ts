import { formatLetterDate, localIsoDate } from '../format/date';
import type { LetterStatus, StatusChange } from '../schemas/letter-status';
import { STATUS_LABELS } from '../schemas/status-names';

/**
 * How the history says a letter took each status, before its date: « Signée le 4 mai 2027 ».
 * The labels alone would read as a deadline (« Prête à signer le 4 mai »), hence the verbs.
 */
const TOOK: Readonly<Record<LetterStatus, string>> = {
  brouillon: 'Remise en brouillon',
  'a-revoir': 'Mise «\u00a0À revoir\u00a0»',
  prete: 'Marquée «\u00a0Prête à signer\u00a0»',
  signee: 'Signée',
  remise: 'Remise à l’intéressé(e)',
  vue: 'Vue par l’intéressé(e)',
};

/** « 4 mai 2027 »: the day of a change, in the reader's calendar. */
export function changeDay(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : formatLetterDate(localIsoDate(date));
}

/** One line of a letter's history: « Signée le 4 mai 2027 », then the reason if any. */
export function historyLine(change: StatusChange): string {
  const day = changeDay(change.at);
  const took = day ? `${TOOK[change.status]} le ${day}` : TOOK[change.status];
  return change.reason ? `${took}\u00a0: ${change.reason}` : took;
}

/** What the live region says once the status changed: « Statut de la lettre : Signée. » */
export function statusAnnouncement(change: StatusChange): string {
  const why = change.reason ? ` (${change.reason})` : '';
  return `Statut de la lettre\u00a0: ${STATUS_LABELS[change.status]}${why}.`;
}
