import { z } from 'zod';

/**
 * Highest revision a record may hold. Revisions count saves (one per autosave, at most one
 * every 0.6 s): a billion is 19 years of saving without a pause, so no real record reaches it.
 * A bound far below `Number.MAX_SAFE_INTEGER` keeps `revision + 1` exact everywhere (2^53 + 1
 * equals 2^53, which let a forged backup switch the conflict check off), and reads as a number
 * people can check in a message.
 */
export const MAX_REVISION = 1_000_000_000;

/** How many times a record was saved: an integer from 0 to `MAX_REVISION`, never forged past it. */
export const revisionSchema = z
  .number()
  .int('nombre entier attendu')
  .min(0, 'valeur trop petite (0 au moins)')
  .max(MAX_REVISION, 'valeur trop grande (1\u00a0000\u00a0000\u00a0000 au plus)');
