import { z } from 'zod';

/** The longest name a person may give when acknowledging a letter. */
export const ACK_NAME_LIMIT = 100;

/**
 * « Vu et pris connaissance »: what the person's return link carries back to the head, and
 * nothing else (no letter text). Read from a link, hence hostile until parsed here.
 */
export const acknowledgmentSchema = z
  .object({
    /** The id of the letter acknowledged, as the head's browser stores it. */
    letterId: z.string().min(1).max(100),
    /** SHA-256 (hex) of the letter as it was sent (`sending/canonical.ts` `sentHash`). */
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    /** The name the person gave, as they typed it (never read as HTML). */
    name: z.string().trim().min(1).max(ACK_NAME_LIMIT),
    /** The day of the acknowledgment, ISO yyyy-mm-dd. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'date invalide'),
  })
  .strict();

export type Acknowledgment = z.infer<typeof acknowledgmentSchema>;
