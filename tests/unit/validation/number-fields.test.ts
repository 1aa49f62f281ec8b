import { describe, expect, it } from 'vitest';
import { fieldSchema, type FieldInput } from '../../../src/lib/schemas/field';
import { validateField } from '../../../src/lib/validation/fields';
import { parseAmountCents, parseTypedNumber } from '../../../src/lib/format/typed-number';
import { parseYesNo } from '../../../src/lib/validation/yes-no';

const nbsp = '\u00a0';
const nnbsp = '\u202f';
const field = (input: Omit<FieldInput, 'id' | 'label'>) =>
  fieldSchema.parse({ id: 'champ', label: 'Champ', ...input });
const message = (type: 'number' | 'amount' | 'yesNo', value: string) =>
  validateField(field({ type }), value)?.message ?? null;

describe('a number field', () => {
  it('takes a decimal comma or point, and spaces between groups of three digits', () => {
    for (const value of ['12', '1,5', '1.5', '-3,75', `1 250`, `1${nnbsp}250,5`, `12${nbsp}345`]) {
      expect(message('number', value), value).toBeNull();
    }
  });

  it('refuses what is not a number, in French', () => {
    for (const value of ['douze', '1e3', '12 50', '1,2,3', ',5', 'Infinity']) {
      expect(message('number', value), value).toBe('Indiquez un nombre, par exemple 12 ou 1,5.');
    }
  });

  it('keeps every digit typed, however long (no float)', () => {
    expect(parseTypedNumber('0012345678901234567890,123456789')).toEqual({
      negative: false,
      whole: '12345678901234567890',
      fraction: '123456789',
    });
  });
});

describe('an amount field', () => {
  it('takes euros and cents, with or without « € »', () => {
    expect(parseAmountCents('1 250,50')).toBe(125_050);
    expect(parseAmountCents('312,5 €')).toBe(31_250);
    expect(parseAmountCents(`1${nnbsp}250${nbsp}€`)).toBe(125_000);
    expect(parseAmountCents('0.1')).toBe(10);
    expect(message('amount', '999 999 999,99')).toBeNull();
  });

  it('says why an amount is refused', () => {
    expect(message('amount', 'cher')).toBe(
      `Indiquez un montant en euros, par exemple 1${nnbsp}250 ou 312,50.`,
    );
    expect(message('amount', '-5')).toBe('Un montant ne peut pas être négatif.');
    expect(message('amount', '0,125')).toBe(
      'Un montant a au plus deux chiffres après la virgule (les centimes).',
    );
    expect(message('amount', '1000000000')).toBe(
      `Un montant ne peut pas dépasser 999${nnbsp}999${nnbsp}999,99${nbsp}€.`,
    );
  });
});

describe('a yes/no field', () => {
  it('holds « oui » or « non »', () => {
    expect(message('yesNo', 'oui')).toBeNull();
    expect(message('yesNo', 'non')).toBeNull();
    expect(parseYesNo(' Oui ')).toBe('oui');
    expect(message('yesNo', 'peut-être')).toBe(
      `Répondez «${nbsp}Oui${nbsp}» ou «${nbsp}Non${nbsp}».`,
    );
  });

  it('is required only when the model says so', () => {
    expect(validateField(field({ type: 'yesNo', required: true }), '')?.message).toBe(
      'Ce champ est obligatoire.',
    );
    expect(message('yesNo', '')).toBeNull();
  });
});
