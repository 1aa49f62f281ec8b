import { z } from 'zod';
import { sourceSchema } from './source';

/** An acronym used in the letters, expanded and defined in one line. */
export const glossaryEntrySchema = z
  .object({
    /** The acronym exactly as the letters write it (e.g. « SIÈCLE », « FoQualE »). */
    term: z.string().min(2),
    /** Other spellings found in the letters (e.g. « STS-web » for « STS-WEB »). */
    variants: z.array(z.string().min(2)).default([]),
    /** What the letters stand for. */
    expansion: z.string().min(1),
    /** One-line definition for a reader who does not know it. */
    definition: z.string().min(1),
    /** Where the definition comes from. */
    source: sourceSchema,
  })
  .strict();

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
