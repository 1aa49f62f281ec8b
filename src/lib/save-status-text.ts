import { formatDateTime } from './format/date';
import type { SaveStatus, Saved } from './storage/save-status';

/**
 * What the line needs of any `SaveStatus` (a letter's or « Mon établissement »'s): its state,
 * and the time once saved; the rest (failure, conflicting version) is shown elsewhere.
 */
export type ShownStatus = { state: Exclude<SaveStatus<unknown>['state'], 'saved'> } | Saved;

/**
 * The sentence of the status line. « Enregistré » only for `saved`, which the savers report
 * once the write resolved. `idle` says what happens before the first change.
 */
export function saveStatusText(status: ShownStatus, idle: string): string {
  switch (status.state) {
    case 'loading':
    case 'idle':
      return idle;
    case 'pending':
      return 'Modifications en cours…';
    case 'saving':
      return 'Enregistrement…';
    case 'saved':
      return `Enregistré dans ce navigateur (${formatDateTime(status.at)}).`;
    case 'error':
      return 'Non enregistré.';
    case 'conflict':
      return 'Non enregistré\u00a0: la lettre a changé dans un autre onglet.';
  }
}
