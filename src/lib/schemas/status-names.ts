/**
 * The letter statuses and their French names, without zod: « Mes lettres » shows a status on
 * every card at first paint and must not load the schema library for it. `letter-status.ts`
 * builds its schema from these and re-exports them.
 */

/**
 * Where a letter stands in the spring campaign, in the order a letter goes through them:
 * written, checked, signed by the head, handed to the person, acknowledged by the person.
 */
export const LETTER_STATUSES = [
  'brouillon',
  'a-revoir',
  'prete',
  'signee',
  'remise',
  'vue',
] as const;

export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** Each status as the pages name it. */
export const STATUS_LABELS: Readonly<Record<LetterStatus, string>> = {
  brouillon: 'Brouillon',
  'a-revoir': 'À revoir',
  prete: 'Prête à signer',
  signee: 'Signée',
  remise: 'Remise à l’intéressé(e)',
  vue: 'Vue par l’intéressé(e)',
};

/** Whether `value` (a select's value, a stored summary's field) names a status. */
export const isLetterStatus = (value: unknown): value is LetterStatus =>
  typeof value === 'string' && Object.hasOwn(STATUS_LABELS, value);
