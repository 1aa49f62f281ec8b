import { z } from 'zod';

/** A model reproducing one of the school letters kept in `content/sources/`. */
export const sourceDocumentProvenanceSchema = z
  .object({
    kind: z.literal('source'),
    /** File name of the document in `content/sources/`, e.g. « 003_781065b679d3e770.txt ». */
    file: z.string().regex(/^[\w-]+\.txt$/, 'nom de fichier de content/sources attendu (*.txt)'),
    /** The document's own title, as printed at its top (case and accents tidied). */
    title: z.string().trim().min(1),
  })
  .strict();

/** A model written from official texts alone: the model's `references` are its provenance. */
export const referencesProvenanceSchema = z.object({ kind: z.literal('references') }).strict();

/** A model made by a user in the browser (« Créer un modèle »), possibly from another one. */
export const userProvenanceSchema = z
  .object({
    kind: z.literal('user'),
    /** Title of the ready model or letter it was started from, if any (« Référent culture »). */
    basedOn: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/** Where a letter model comes from: a source document, the official texts it cites, or a user. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  sourceDocumentProvenanceSchema,
  referencesProvenanceSchema,
  userProvenanceSchema,
]);

export type Provenance = z.output<typeof provenanceSchema>;

/** Catalogue rank of each kind of provenance. */
const provenanceRank = { source: 0, references: 1, user: 2 } as const;

/**
 * Catalogue order: models reproducing a source document first, in the documents' order (their
 * file names are numbered), then models written from references, then the user's own models.
 * 0 when this does not decide.
 */
export function compareProvenance(a: Provenance, b: Provenance): number {
  if (a.kind === 'source' && b.kind === 'source') return a.file.localeCompare(b.file);
  return provenanceRank[a.kind] - provenanceRank[b.kind];
}
