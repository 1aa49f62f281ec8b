import { z } from 'zod';

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

/** One of `LETTER_STATUSES`. */
export const letterStatusSchema = z.enum(LETTER_STATUSES);

export type LetterStatus = z.infer<typeof letterStatusSchema>;

/** Each status as the pages name it. */
export const STATUS_LABELS: Readonly<Record<LetterStatus, string>> = {
  brouillon: 'Brouillon',
  'a-revoir': 'À revoir',
  prete: 'Prête à signer',
  signee: 'Signée',
  remise: 'Remise à l’intéressé(e)',
  vue: 'Vue par l’intéressé(e)',
};

/** How many changes a letter keeps in its history: the oldest leave first. */
export const STATUS_HISTORY_LIMIT = 100;

/** The longest reason a change may give. */
export const STATUS_REASON_LIMIT = 300;

/** One change of status, kept with the letter (its short history in the editor). */
export const statusChangeSchema = z
  .object({
    /** The status the letter took. */
    status: letterStatusSchema,
    /** ISO timestamp of the change. */
    at: z.string().datetime(),
    /**
     * Why, in the head's words or the site's (« Modifiée après signature »); empty when the head
     * set the status by hand without saying.
     */
    reason: z.string().max(STATUS_REASON_LIMIT),
  })
  .strict();

export type StatusChange = z.infer<typeof statusChangeSchema>;
