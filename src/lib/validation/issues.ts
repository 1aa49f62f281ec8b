import type { ZodError } from 'zod';

/** One validation problem, in French: where (in words) and what is wrong. */
export interface FieldIssue {
  /** The field in words, e.g. « le titre de la section 3 ». */
  where: string;
  /** What is wrong with it, e.g. « texte trop long (au plus 20 000 caractères) ». */
  message: string;
}

/** Names a place from a zod path (see `letterPlace`, `schoolPlace`, `backupPlace`). */
export type PlaceNamer = (path: readonly (string | number)[]) => string;

/**
 * The one place zod errors become what users read. The messages are French because the
 * schemas are parsed with `frenchErrorMap`; `place` names the field in words.
 */
export function fieldIssues(error: ZodError, place: PlaceNamer): FieldIssue[] {
  return error.issues.map((issue) => ({ where: place(issue.path), message: issue.message }));
}

/** One line per problem, naming the record (`source`) and the field: « source › where : what ». */
export function issueLines(issues: readonly FieldIssue[], source: string): string[] {
  return issues.map(({ where, message }) => `${source} › ${where}\u00a0: ${message}`);
}

/** The problems of a record, as one sentence part: « le titre, texte trop long… ; … ». */
export function issueSentence(issues: readonly FieldIssue[], max = 3): string {
  const shown = issues.slice(0, max).map(({ where, message }) => `${where}, ${message}`);
  const more = issues.length - shown.length;
  if (more > 0) shown.push(more === 1 ? 'et un autre problème' : `et ${more} autres problèmes`);
  return shown.join('\u202f; ');
}

/** A record failed validation before being written: nothing was written. */
export class InvalidRecordError extends Error {
  /** The problems, field by field. */
  readonly issues: FieldIssue[];

  /** `name` says which record (InvalidLetterError, InvalidSchoolError). */
  constructor(name: string, issues: FieldIssue[]) {
    super(`${name}: ${issues.map(({ where, message }) => `${where}: ${message}`).join('; ')}`);
    this.name = name;
    this.issues = issues;
  }

  /** Readable problems, one per line. */
  get problems(): string[] {
    return this.issues.map(({ where, message }) => `${where}\u00a0: ${message}`);
  }
}
