import { z } from 'zod';

/** Where a fact comes from: a legal text, a Bulletin officiel, or one of the seed letters. */
export const sourceSchema = z
  .object({
    /** Citation as a reader would look it up, e.g. « Décret n° 2015-475 du 27 avril 2015 ». */
    label: z.string().min(1),
    /** Address of the text, when it is known to be stable. */
    url: z.string().url().optional(),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;
