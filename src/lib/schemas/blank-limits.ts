import { ZodIssueCode, type RefinementCtx } from 'zod';
import { isRecord } from './is-record';
import { TEXT_LIMITS, blankLimit } from './limits';
import type { Field } from './field';
import { ownValue } from './values';

/**
 * Holds each blank's value to its type's limit (`blankLimit`): a name to a line, a UAI to ten
 * characters… A value whose field is unknown keeps the record's own bound (`longText`). The issue is zod's
 * own `too_big`, so its message reads like any other limit and the path names the blank.
 */
export function blankLimits(
  letter: { fields: readonly Field[]; values: Readonly<Record<string, string>> },
  context: RefinementCtx,
): void {
  if (!isRecord(letter.values)) return;
  for (const field of letter.fields) {
    const value = ownValue(letter.values, field.id);
    const maximum = blankLimit(field.type);
    // Beyond the record's own bound, the record already says so: one issue per value.
    if (typeof value !== 'string' || value.length <= maximum) continue;
    if (value.length > TEXT_LIMITS.longText) continue;
    context.addIssue({
      code: ZodIssueCode.too_big,
      type: 'string',
      maximum,
      inclusive: true,
      exact: false,
      path: ['values', field.id],
    });
  }
}
