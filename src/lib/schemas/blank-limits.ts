import { ZodIssueCode, type RefinementCtx } from 'zod';
import { isRecord } from './is-record';
import { TEXT_LIMITS, blankLimit } from './limits';
import type { Field } from './field';

/**
 * Holds each blank's value to its own type's limit (`blankLimit`): a name to a line, a UAI to
 * ten characters… and a value whose field is unknown to `longText`. The record itself sets no
 * bound for the letter as written, so a value is refused once, citing its field's limit (a
 * 6 000-character name reads « au plus 300 », not the record's « au plus 5 000 »). The issue
 * is zod's own `too_big`, so its message reads like any other limit and the path names the
 * blank, by its label.
 */
export function blankLimits(
  letter: { fields: readonly Field[]; values: Readonly<Record<string, string>> },
  context: RefinementCtx,
): void {
  if (!isRecord(letter.values) || !Array.isArray(letter.fields)) return;
  const types = new Map(letter.fields.map((field) => [field.id, field.type]));
  for (const [id, value] of Object.entries(letter.values)) {
    const type = types.get(id);
    const maximum = type === undefined ? TEXT_LIMITS.longText : blankLimit(type);
    if (typeof value !== 'string' || value.length <= maximum) continue;
    context.addIssue({
      code: ZodIssueCode.too_big,
      type: 'string',
      maximum,
      inclusive: true,
      exact: false,
      path: ['values', id],
    });
  }
}
