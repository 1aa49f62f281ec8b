import { z } from 'zod';

import { LETTER_STATUSES } from './status-names';

export { LETTER_STATUSES, STATUS_LABELS, isLetterStatus, type LetterStatus } from './status-names';

/** One of `LETTER_STATUSES`. */
export const letterStatusSchema = z.enum(LETTER_STATUSES);

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
