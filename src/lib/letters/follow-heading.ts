import type { Letter } from '../schemas/letter';
import type { SchoolHeadingKey } from '../schemas/school';
import { valueOf } from '../schemas/values';

/**
 * Changes a part of the letter's heading, and the blanks pre-filled from it (a field whose
 * `prefill` is that part) as long as they still hold the same text: the user types the school's
 * name once, not twice. A blank the user changed on purpose is left alone.
 */
export function followHeading(letter: Letter, key: SchoolHeadingKey, value: string): void {
  const previous = letter.school[key];
  letter.school[key] = value;
  for (const field of letter.fields) {
    if (field.prefill !== key) continue;
    const current = valueOf(letter.values, field.id);
    if (current === previous) letter.values[field.id] = value;
  }
}
