import { z } from 'zod';
import { allocationYearSchema } from './imp-allocation';

/**
 * The school year a head chose to prepare, kept in « Mon établissement »: new letters, « Plusieurs
 * personnes », « Préparer l'année suivante » and the IMP summary start on it. Without it, the
 * date rule decides (`preparedSchoolYear`); a choice holds for the campaign it was made in.
 */
export const preparedYearChoiceSchema = z
  .object({
    /** The year chosen, « 2026-2027 ». */
    year: allocationYearSchema,
    /** The day it was chosen (yyyy-mm-dd, local calendar): it lapses with that campaign. */
    chosenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue (aaaa-mm-jj)'),
  })
  .strict();

export type PreparedYearChoice = z.output<typeof preparedYearChoiceSchema>;
