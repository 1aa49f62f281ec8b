import type { LetterStatus } from '../schemas/letter-status';

/**
 * Each status as the pages name it, without zod: « Mes lettres » shows a status on every card
 * at first paint, and importing `schemas/letter-status.ts` (its zod schemas) would add some
 * 14 KB gzip to the page's first load (budget of 45 KB). The same words as its `STATUS_LABELS`
 * (`tests/unit/letters/status-text.test.ts` checks they agree), in the same order.
 */
export const STATUS_NAMES: Readonly<Record<LetterStatus, string>> = {
  brouillon: 'Brouillon',
  'a-revoir': 'À revoir',
  prete: 'Prête à signer',
  signee: 'Signée',
  remise: 'Remise à l’intéressé(e)',
  vue: 'Vue par l’intéressé(e)',
};

/** Every status, in the order a letter goes through them (`LETTER_STATUSES`). */
export const STATUS_ORDER = Object.keys(STATUS_NAMES) as LetterStatus[];

/** Whether `value` (a select's value) names a status. */
export const isLetterStatus = (value: string): value is LetterStatus =>
  Object.hasOwn(STATUS_NAMES, value);
