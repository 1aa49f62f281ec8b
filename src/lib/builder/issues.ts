import { letterTypeSchema, type LetterType } from '../schemas/letter-type';
import { frenchErrorMap } from '../validation/french-issues';
import { fieldIssues, type FieldIssue } from '../validation/issues';
import { modelPlace } from './model-place';

/** What is wrong with a model, each problem naming its place in French; empty when valid. */
export function modelIssues(model: LetterType): FieldIssue[] {
  const result = letterTypeSchema.safeParse(model, { errorMap: frenchErrorMap });
  return result.success ? [] : fieldIssues(result.error, (path) => modelPlace(path, model));
}
