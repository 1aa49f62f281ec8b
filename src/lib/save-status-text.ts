import { formatDateTime } from './format/date';

/** The states a saving status line shows (a letter's, or « Mon établissement »'s). */
export type SaveState =
  | { state: 'loading' | 'idle' | 'pending' | 'saving' | 'error' | 'conflict' }
  | { state: 'saved'; at: Date };

/**
 * The sentence of the status line. « Enregistré » only for `saved`, which the savers report
 * once the write resolved. `idle` says what happens before the first change.
 */
export function saveStatusText(status: SaveState, idle: string): string {
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
