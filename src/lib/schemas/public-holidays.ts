import { z } from 'zod';
import type { PublicHoliday } from '../format/public-holidays';
import { sourceSchema } from './source';

/** One public holiday: a fixed « MM-DD » day, or a number of days after Easter Sunday. */
const publicHolidaySchema = z.union([
  z.object({ name: z.string().min(1), date: z.string().regex(/^(0\d|1[0-2])-[0-3]\d$/) }).strict(),
  z.object({ name: z.string().min(1), easter: z.number().int().min(-60).max(60) }).strict(),
]) satisfies z.ZodType<PublicHoliday>;

/**
 * `content/jours-feries.yaml`: the public holidays of the law, with where the list is set. The
 * site uses the same list as a constant (`format/public-holidays.ts`: the check before the PDF
 * runs in the browser, away from the content collections); a unit test checks both agree.
 */
export const publicHolidaysSchema = z
  .object({
    /** Where the list is set: the Code du travail. */
    sources: z.array(sourceSchema).min(1),
    /** The holidays, in the law's order. */
    holidays: z.array(publicHolidaySchema).min(1),
  })
  .strict();

export type PublicHolidays = z.output<typeof publicHolidaysSchema>;
