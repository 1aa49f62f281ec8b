import { z } from 'zod';
import { sourceSchema } from './source';

/** One rate of the IMP (arrêté du 27 avril 2015): an annual gross amount, not indexed. */
export const impRateSchema = z
  .object({
    /** Rate level as schools and unions number it, 1 to 5 (not an official numbering). */
    taux: z.number().int().min(1).max(5),
    /** Share of one IMP this rate pays (0.25, 0.5, 1, 2, 3). */
    share: z.number().multipleOf(0.25).positive(),
    /** Annual gross amount in euros. */
    amount: z.number().positive(),
    /** Missions the circulaire gives this rate as usual, for orientation only. */
    examples: z.array(z.string().min(1)).default([]),
    /** Where the amount is set. */
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

export type ImpRate = z.output<typeof impRateSchema>;
