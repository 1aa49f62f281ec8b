import { z } from 'zod';

/** One obvious fault of a source document, corrected in its model (content/corrections.yaml). */
export const correctionSchema = z
  .object({
    /** Slug of the model (content/lettres/<model>.yaml). */
    model: z.string().regex(/^[a-z0-9-]+$/),
    /** The text as the source document writes it. */
    original: z.string().min(1),
    /** The text as the model writes it, blanks (`{id}`) and agreement (`{il|elle}`) included. */
    corrected: z.string().min(1),
    /** Why it was changed, in French. */
    why: z.string().min(1),
  })
  .strict();

/** The whole list. */
export const correctionsSchema = z.array(correctionSchema);

export type Correction = z.output<typeof correctionSchema>;
