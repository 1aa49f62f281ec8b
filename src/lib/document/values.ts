import { formatLetterDate } from '../format/date';
import { formatCents, formatNumber } from '../format/money';
import { formatTypedNumber } from '../format/number';
import type { Letter } from '../schemas/letter';
import { parseImpCount } from '../validation/imp-count';
import { parseAmountCents, parseTypedNumber } from '../format/typed-number';
import { normalizeUai } from '../validation/uai';
import { parseYesNo } from '../validation/yes-no';
import { valueOf } from '../schemas/values';

/**
 * The letter's values as they print: dates in words (the control stores yyyy-mm-dd), with their
 * weekday when the field asks for it (« lundi 11 janvier 2027 »), an UAI in capitals, numbers
 * the French way (« 1 250,5 »), amounts in euros (« 1 250,50 € », whole euros « 1 250 € » as
 * the IMP table prints them), yes/no in lower case. A value that does not parse prints as typed.
 */
export function printedValues(letter: Pick<Letter, 'fields' | 'values'>): Record<string, string> {
  const printed: Record<string, string> = { ...letter.values };
  for (const field of letter.fields) {
    const value = valueOf(letter.values, field.id);
    printed[field.id] = printedValue(field, value);
  }
  return printed;
}

function printedValue(field: Letter['fields'][number], value: string): string {
  switch (field.type) {
    case 'date':
      // A weekday written in the text would go wrong once the date changes (a copy for next
      // year moves it): a field that needs one prints it from the date.
      return formatLetterDate(value, { weekday: field.weekday === true }) || value;
    case 'uai':
      return normalizeUai(value);
    case 'impCount': {
      const count = parseImpCount(value);
      return count === null ? value : formatNumber(count);
    }
    case 'number': {
      const number = parseTypedNumber(value);
      return number === null ? value : formatTypedNumber(number);
    }
    case 'amount': {
      const cents = parseAmountCents(value);
      return cents === null ? value : formatCents(cents);
    }
    case 'yesNo':
      return parseYesNo(value) ?? value;
    default:
      return value;
  }
}
