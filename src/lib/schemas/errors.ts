import type { ZodError, ZodIssue } from 'zod';

/** A path as a reader finds it in the file: `sections[2].blocks[0].items[3]`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** One line per problem, naming the file and the field, in French. */
export function describeIssues(error: ZodError, file: string): string[] {
  return error.issues.map((issue: ZodIssue) => {
    const where = issue.path.length > 0 ? formatPath(issue.path) : '(racine)';
    return `${file} › ${where}\u00a0: ${issue.message}`;
  });
}
