import { z } from 'zod';
import { idSchema } from './letter';
import { revisionSchema } from './revision';
import { TEXT_LIMITS } from './limits';

/**
 * The most people « Mon équipe » holds: a large lycée with its BTS counts about 250 staff, so
 * 500 leaves room for the assistants and the people who left, and stays a list the page filters
 * at each key without a frame over 50 ms.
 */
export const TEAM_MAX_PEOPLE = 500;

/** The civilités of a person, as the letters' `civilite` field offers them. */
export const TEAM_CIVILITES = ['Madame', 'Monsieur'] as const;

/** One person of the school, typed once and offered to every letter. */
export const teamPersonSchema = z
  .object({
    /** Stable id, kept through every edit: a letter names its person by it (`teamPersonId`). */
    id: idSchema,
    /** « Madame » or « Monsieur ». */
    civilite: z.enum(TEAM_CIVILITES),
    /** Family name, as the letters print it (« Dupont »); never empty. */
    nom: z
      .string()
      .max(TEXT_LIMITS.name)
      .refine((nom) => nom.trim() !== '', 'le nom manque'),
    /** First name (« Claire »); may be empty when unknown. */
    prenom: z.string().max(TEXT_LIMITS.name),
    /** Function or discipline (« professeure de mathématiques »); may be empty. */
    fonction: z.string().max(TEXT_LIMITS.line),
    /** E-mail address, for the letters sent later; empty when not given. */
    email: z.string().max(TEXT_LIMITS.email),
    /** « A quitté l’établissement »: kept for the letters already written, skipped next year. */
    gone: z.boolean(),
  })
  .strict();

export type TeamPerson = z.output<typeof teamPersonSchema>;

/** The list of people with no id given twice: a letter links to exactly one of them. */
const peopleSchema = z
  .array(teamPersonSchema)
  .max(TEAM_MAX_PEOPLE, `${TEAM_MAX_PEOPLE} personnes au plus`)
  .superRefine((people, ctx) => {
    const seen = new Set<string>();
    people.forEach(({ id }, index) => {
      if (seen.has(id))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index, 'id'],
          message: `identifiant «\u00a0${id}\u00a0» présent deux fois`,
        });
      seen.add(id);
    });
  });

/** « Mon équipe » as the page edits it: the people, in the order the user keeps them. */
export const teamSchema = z
  .object({
    /** The people of the school, those who left included (`gone`). */
    people: peopleSchema,
  })
  .strict();

export type Team = z.output<typeof teamSchema>;

/** Version of the stored format of « Mon équipe »; bump it with a migration in `team/read.ts`. */
export const TEAM_SCHEMA_VERSION = 1;

/** « Mon équipe » as stored: the team, its format version, revision and date of the last save. */
export const teamRecordSchema = teamSchema
  .extend({
    /** Format version of this record. */
    schemaVersion: z.literal(TEAM_SCHEMA_VERSION),
    /** How many times the team was saved; each save checks it against the stored one. */
    revision: revisionSchema,
    /** ISO timestamp of the last save. */
    updatedAt: z.string().datetime(),
  })
  .strict();

export type TeamRecord = z.output<typeof teamRecordSchema>;

/** The team a record holds, without its storage fields. */
export function teamOf(record: TeamRecord): Team {
  const { schemaVersion, revision, updatedAt, ...team } = record;
  return team;
}

/** A team with nobody in it yet. */
export const emptyTeam = (): Team => ({ people: [] });
