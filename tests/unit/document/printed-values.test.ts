import { describe, expect, it } from 'vitest';
import { printedValues } from '../../../src/lib/document/values';
import { fieldSchema, type FieldInput } from '../../../src/lib/schemas/field';
import { toDocument } from '../../../src/lib/document/to-document';
import { blockTexts } from '../../../src/lib/pdf/coverage';
import { filledLetter } from '../support/filled-letters';
import { rates } from './fixture';

const nbsp = '\u00a0';
const nnbsp = '\u202f';
const printed = (type: FieldInput['type'], value: string) =>
  printedValues({
    fields: [fieldSchema.parse({ id: 'champ', label: 'Champ', type })],
    values: { champ: value },
  })['champ'];

describe('how a value prints in the letter', () => {
  it('writes numbers the French way, decimals as typed', () => {
    expect(printed('number', '1250.5')).toBe(`1${nnbsp}250,5`);
    expect(printed('number', `1 250,50`)).toBe(`1${nnbsp}250,50`);
    expect(printed('number', '-3')).toBe('-3');
    expect(printed('number', '12345678901234567890,125')).toBe(
      `12${nnbsp}345${nnbsp}678${nnbsp}901${nnbsp}234${nnbsp}567${nnbsp}890,125`,
    );
  });

  it('writes amounts in euros, cents only when there are some', () => {
    expect(printed('amount', '1250,5')).toBe(`1${nnbsp}250,50${nbsp}€`);
    expect(printed('amount', '1 250,50 €')).toBe(`1${nnbsp}250,50${nbsp}€`);
    expect(printed('amount', '1250')).toBe(`1${nnbsp}250${nbsp}€`);
    expect(printed('amount', '1250,00')).toBe(`1${nnbsp}250${nbsp}€`);
    expect(printed('amount', '0,1')).toBe(`0,10${nbsp}€`);
  });

  it('writes yes/no in lower case', () => {
    expect(printed('yesNo', 'oui')).toBe('oui');
    expect(printed('yesNo', 'Non')).toBe('non');
  });

  it('prints a value that does not parse as typed', () => {
    expect(printed('number', 'douze')).toBe('douze');
    expect(printed('amount', '-5')).toBe('-5');
    expect(printed('yesNo', 'peut-être')).toBe('peut-être');
    expect(printed('amount', '')).toBe('');
  });
});

describe('dates', () => {
  const date = (value: string, weekday?: boolean) =>
    printedValues({
      fields: [fieldSchema.parse({ id: 'champ', label: 'Champ', type: 'date', weekday })],
      values: { champ: value },
    })['champ'];

  it('writes a date in words, with its weekday when the field asks for it', () => {
    expect(date('2027-05-28')).toBe('28 mai 2027');
    expect(date('2027-05-28', true)).toBe('vendredi 28 mai 2027');
    expect(date('2027-01-01', true)).toBe('vendredi 1er janvier 2027');
    expect(date('fin mai', true)).toBe('fin mai');
  });

  it('gives the Devoirs Faits deadlines the weekdays of their source, from the dates', () => {
    const letter = filledLetter('coordonnateur-devoirs-faits');
    letter.values['dateBilanJanvier'] = '2027-01-11';
    letter.values['dateBilanMai'] = '2027-05-28';
    const text = toDocument(letter, rates).blocks.flatMap(blockTexts).join('\n');
    expect(text).toContain('au plus tard le lundi 11 janvier 2027 et le vendredi 28 mai 2027');
  });
});
