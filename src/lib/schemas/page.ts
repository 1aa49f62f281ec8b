import { z } from 'zod';
import { sourceSchema } from './source';

/** A page of prose written in Markdown (accessibility statement, privacy, IMP explanations). */
export const pageSchema = z
  .object({
    /** Heading and title of the page. */
    title: z.string().min(1),
    /** One sentence for the page's description meta. */
    description: z.string().min(1),
    /** Texts the page's facts come from. */
    sources: z.array(sourceSchema).default([]),
    /** Date of the last review of the facts (YAML date, e.g. 2026-11-22). */
    updated: z.coerce.date(),
  })
  .strict();

export type Page = z.output<typeof pageSchema>;
