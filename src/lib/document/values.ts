import { formatLetterDate } from '../format/date';
import { formatNumber } from '../format/money';
import type { Letter } from '../schemas/letter';
import { parseImpCount } from '../validation/imp-count';
import { normalizeUai } from '../validation/uai';

/**
 * The letter's values as they print: dates in words (the control stores yyyy-mm-dd), an UAI in
 * capitals, a number of IMP with a decimal comma. A value that does not parse prints as typed.
 */
export function printedValues(letter: Pick<Letter, 'fields' | 'values'>): Record<string, string> {
  const printed: Record<string, string> = { ...letter.values };
  for (const field of letter.fields) {
    const value = Object.hasOwn(letter.values, field.id) ? (letter.values[field.id] ?? '') : '';
    printed[field.id] = printedValue(field.type, value);
  }
  return printed;
}

function printedValue(type: Letter['fields'][number]['type'], value: string): string {
  switch (type) {
    case 'date':
      return formatLetterDate(value) || value;
    case 'uai':
      return normalizeUai(value);
    case 'impCount': {
      const count = parseImpCount(value);
      return count === null ? value : formatNumber(count);
    }
    default:
      return value;
  }
}
