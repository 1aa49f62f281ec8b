import { formatDateTime } from '../format/date';
import type { SaveStatus, Saved } from './save-status';

/**
 * What the line needs of any `SaveStatus` (a letter's or « Mon établissement »'s): its state,
 * and the time once saved; the rest (failure, conflicting version) is shown elsewhere.
 */
export type ShownStatus = { state: Exclude<SaveStatus<unknown>['state'], 'saved'> } | Saved;

/** What changed in another tab, as the conflict's status line says it (a letter by default). */
const LETTER_CHANGED = 'la lettre a changé dans un autre onglet';

/**
 * The sentence of the status line. « Enregistré » only for `saved`, which the savers report
 * once the write resolved. `idle` says what happens before the first change; `changed` what a
 * conflict is about (« Mon établissement » says its own name).
 */
export function saveStatusText(
  status: ShownStatus,
  idle: string,
  changed: string = LETTER_CHANGED,
): string {
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
      return `Non enregistré\u00a0: ${changed}.`;
  }
}
