import { z } from 'zod';
import { idSchema } from './letter';
import { revisionSchema } from './revision';
import { STORED_TEXT_LIMIT } from './limits';
import { letterStatusSchema } from './letter-status';

/** Version of the summary format: a summary of another version is rebuilt from its letter. */
export const LETTER_SUMMARY_VERSION = 3;

/** A text copied from the letter: bounded as the letter's stored texts are. */
const copied = z.string().max(STORED_TEXT_LIMIT);

/**
 * What « Mes lettres » shows and searches of one letter, stored beside it (`letter-summary:<id>`)
 * so the list reads a few hundred bytes per letter instead of validating every full letter. The
 * letter always wins: a summary whose revision differs from its letter's is rebuilt from it.
 */
export const letterSummarySchema = z
  .object({
    /** Version of this format (`LETTER_SUMMARY_VERSION`). */
    summaryVersion: z.literal(LETTER_SUMMARY_VERSION),
    /** The letter's id. */
    id: idSchema,
    /** Slug of the letter's model: which editor opens it, which mission names it. */
    typeId: idSchema,
    /** The letter's revision when it was summarised: another one means the summary is stale. */
    revision: revisionSchema,
    /** ISO timestamp of the letter's last change: the list's order and « Modifiée le ». */
    updatedAt: z.string().datetime(),
    /** The letter's title. */
    title: copied,
    /** « Prénom Nom » from the fields whose role is `prenom` and `nom`; empty when neither. */
    person: copied,
    /**
     * The person's function or discipline (field whose role is `fonction`) as typed, possibly
     * empty: the search finds « professeure de mathématiques » by « mathematiques ». Added in
     * version 2.
     */
    fonction: copied,
    /** The school year (field whose role is `anneeScolaire`) as typed, possibly empty. */
    year: copied,
    /**
     * The missions named in the letter's own IMP lines (its copy of the model, « autre » left
     * out): they name a letter whose model is a user's one, or one gone from the site.
     */
    missions: z.array(copied).max(10),
    /** The letter's status (added in version 3). */
    status: letterStatusSchema,
    /** ISO timestamp of the last change of status; empty when it never changed. */
    statusAt: z.union([z.literal(''), z.string().datetime()]),
    /** The letter's person in « Mon équipe », or null when typed (see the letter's field). */
    teamPersonId: idSchema.nullable(),
  })
  .strict();

/** One letter's summary record. */
export type LetterSummaryRecord = z.infer<typeof letterSummarySchema>;
