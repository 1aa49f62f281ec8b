import type { ZodError, ZodIssue } from 'zod';
import { formatPath } from './field-path';

/**
 * One line per problem of a build-time content file, naming the file and the path as written
 * in it (`sections[2].blocks[0]`), for the authors of `content/`. What users read in the
 * browser goes through `src/lib/validation/issues.ts` instead, which names fields in words.
 */
export function describeIssues(error: ZodError, file: string): string[] {
  return error.issues.map((issue: ZodIssue) => {
    const where = issue.path.length > 0 ? formatPath(issue.path) : '(racine)';
    return `${file} › ${where}\u00a0: ${issue.message}`;
  });
}
