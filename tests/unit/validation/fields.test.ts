import { describe, expect, it } from 'vitest';
import { fieldSchema, type FieldInput } from '../../../src/lib/schemas/field';
import { validateField, validateLetter } from '../../../src/lib/validation/fields';
import { checkImpLine, validateImpLines } from '../../../src/lib/imp/line-check';
import { filledLetter, newLetter, rates } from '../document/fixture';

const nbsp = '\u00a0';
const nnbsp = '\u202f';
const field = (input: Omit<FieldInput, 'id' | 'label'>) =>
  fieldSchema.parse({ id: 'champ', label: 'Champ', ...input });

describe('one field', () => {
  it('is required only when the model says so', () => {
    expect(validateField(field({ type: 'text', required: true }), '  ')).toEqual({
      level: 'error',
      message: 'Ce champ est obligatoire.',
    });
    expect(validateField(field({ type: 'date' }), '')).toBeNull();
  });

  it('is checked according to its type', () => {
    expect(validateField(field({ type: 'text' }), '<img src=x onerror=alert(1)>')).toBeNull();
    expect(validateField(field({ type: 'longText' }), 'x'.repeat(10_000))).toBeNull();
    expect(validateField(field({ type: 'date' }), '2026-02-30')?.level).toBe('error');
    expect(validateField(field({ type: 'schoolYear' }), '2025-2027')?.level).toBe('error');
    expect(validateField(field({ type: 'email' }), 'personne')?.level).toBe('error');
    expect(validateField(field({ type: 'impCount' }), '0,5')).toBeNull();
    expect(validateField(field({ type: 'impCount' }), '0,4')?.level).toBe('error');
    expect(validateField(field({ type: 'uai' }), '0771234A')).toEqual({
      level: 'warning',
      message: `La lettre de contrôle attendue est «${nbsp}Y${nbsp}»${nbsp}: vérifiez l’UAI.`,
    });
  });
});

describe('a choice', () => {
  const civilite = field({ type: 'choice', options: ['Madame', 'Monsieur'], required: true });

  it('accepts its options only', () => {
    expect(validateField(civilite, 'Madame')).toBeNull();
    expect(validateField(civilite, 'Mme')).toEqual({
      level: 'error',
      message: `Choisissez parmi${nbsp}: Madame, Monsieur.`,
    });
    expect(validateField(civilite, '')?.message).toBe('Ce champ est obligatoire.');
  });

  it('cannot be defined without options', () => {
    expect(fieldSchema.safeParse({ id: 'c', label: 'C', type: 'choice' }).success).toBe(false);
  });
});

describe('a whole letter', () => {
  it('reports each field with a problem, by id', () => {
    // The school year is pre-filled with the coming one: only the names are missing.
    const problems = validateLetter(newLetter());
    expect([...problems.keys()]).toEqual(['prenom', 'nom']);
    expect(problems.get('nom')?.message).toBe('Ce champ est obligatoire.');
  });

  it('is clean once filled', () => {
    expect(validateLetter(filledLetter()).size).toBe(0);
  });

  it('treats a value missing from the record as empty, even under a prototype name', () => {
    const letter = filledLetter();
    letter.fields.push(field({ type: 'text', required: true }), {
      ...field({ type: 'text', required: true }),
      id: 'constructor',
    });
    expect([...validateLetter(letter).keys()]).toEqual(['champ', 'constructor']);
  });
});

describe('IMP lines', () => {
  it('warn when the number and the taux disagree', () => {
    expect(checkImpLine({ count: 1, taux: 3 }, rates)).toBeNull();
    expect(checkImpLine({ count: 1, taux: null }, rates)).toBeNull();
    expect(checkImpLine({ count: 1, taux: 2 }, rates)).toEqual({
      level: 'warning',
      message:
        `1 IMP ne correspond pas au taux 2 (0,5 IMP). La lettre imprime le nombre, soit ` +
        `1${nnbsp}250${nbsp}€ par an${nbsp}: choisissez le taux ou corrigez le nombre.`,
    });
  });

  it('are reported by line id', () => {
    const letter = filledLetter();
    const [first, second] = letter.imp?.lines ?? [];
    if (!first || !second) throw new Error('the model has two IMP columns');
    Object.assign(first, { count: 1, taux: 3 });
    Object.assign(second, { count: 0.25, taux: 2 });
    expect([...validateImpLines(letter, rates).keys()]).toEqual(['etablissement']);
  });
});
