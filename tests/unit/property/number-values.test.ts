import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printedValues } from '../../../src/lib/document/values';
import { fieldSchema, type FieldType } from '../../../src/lib/schemas/field';
import { validateField } from '../../../src/lib/validation/fields';
import { parseAmountCents, parseTypedNumber } from '../../../src/lib/format/typed-number';
import { fieldValue } from './letter-parts';
import { counted } from './runs';

const fieldOf = (type: FieldType) => fieldSchema.parse({ id: 'champ', label: 'Champ', type });
const printed = (type: FieldType, value: string) =>
  printedValues({ fields: [fieldOf(type)], values: { champ: value } })['champ'] ?? '';

/** An amount in cents as a user may type it: « 1250,5 », « 1 250,50 € », « 1250.50 ». */
const typedAmount = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999_999 }), fc.constantFrom('', ' €', '\u00a0€'))
  .map(([cents, sign]) => {
    const euros = String(Math.floor(cents / 100));
    const rest = cents % 100;
    const decimals = rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`;
    return { cents, text: `${euros}${decimals}${sign}` };
  });

// Pure functions, a few milliseconds for all the runs: fast-check's default 100 in both modes
// (`runs` cuts the costly properties only).
describe('numbers and amounts', () => {
  it('print as a value the same field reads back as the same amount', ({ task }) => {
    fc.assert(
      fc.property(
        typedAmount,
        counted(task, ({ cents, text }) => {
          expect(parseAmountCents(text)).toBe(cents);
          const shown = printed('amount', text);
          expect(shown).toMatch(/\u00a0€$/);
          expect(parseAmountCents(shown)).toBe(cents);
          expect(validateField(fieldOf('amount'), shown)).toBeNull();
        }),
      ),
    );
  });

  it('print numbers that read back as the same digits', ({ task }) => {
    const typed = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.stringMatching(/^\d{0,6}$/))
      .map(([negative, whole, fraction]) => ({ negative, whole: String(whole), fraction }));
    fc.assert(
      fc.property(
        typed,
        counted(task, (number) => {
          const text = `${number.negative ? '-' : ''}${number.whole}${number.fraction ? `.${number.fraction}` : ''}`;
          expect(parseTypedNumber(printed('number', text))).toEqual(number);
        }),
      ),
    );
  });

  it('never throw on any value a user or a backup may hold, and print nothing empty', ({
    task,
  }) => {
    const types = ['number', 'amount', 'yesNo'] as const;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...types)
          .chain((type) =>
            fc.tuple(fc.constant(type), fieldValue(fieldOf(type), fc.string({ maxLength: 20 }))),
          ),
        counted(task, ([type, value]) => {
          const shown = printed(type, value);
          expect(shown.trim() === '').toBe(value.trim() === '');
          validateField(fieldOf(type), value);
        }),
      ),
    );
  });
});
