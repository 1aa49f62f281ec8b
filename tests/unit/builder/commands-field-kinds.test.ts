import { describe, expect, it } from 'vitest';
import { oneFieldModel } from './one-field-model';
import {
  editField,
  fieldListCommands,
  insertField,
  newField,
} from '../../../src/lib/builder/commands/fields';
import { rolesFor, takesPrefill, takesSuggestions } from '../../../src/lib/builder/field-fit';
import { fieldTypeLabels } from '../../../src/lib/builder/labels';
import { fieldTypes } from '../../../src/lib/schemas/field';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';

const frozen = () => Object.freeze(oneFieldModel());
/** The blank model with a second field, « Discipline », at index 1. */
const withDiscipline = () => insertField(newField('Discipline', ['nom']))(frozen());

describe('what suits each type of field', () => {
  it('names every type in French', () => {
    expect(fieldTypes.map((type) => fieldTypeLabels[type])).toContain('Montant en euros');
    expect(fieldTypeLabels.yesNo).toBe('Oui ou non');
    expect(fieldTypeLabels.number).toBe('Nombre');
    expect(new Set(Object.values(fieldTypeLabels)).size).toBe(fieldTypes.length);
  });

  it('offers a role only to a type that can hold it', () => {
    expect(rolesFor('text')).toEqual(['prenom', 'nom', 'fonction']);
    expect(rolesFor('choice')).toEqual(['civilite']);
    expect(rolesFor('schoolYear')).toEqual(['anneeScolaire']);
    expect(rolesFor('amount')).toEqual([]);
    expect(rolesFor('yesNo')).toEqual([]);
  });

  it('pre-fills texts only, and suggests under one-line boxes only', () => {
    expect(takesPrefill('text')).toBe(true);
    expect(takesPrefill('amount')).toBe(false);
    expect(takesSuggestions('amount')).toBe(true);
    expect(takesSuggestions('yesNo')).toBe(false);
    expect(takesSuggestions('choice')).toBe(false);
  });
});

describe('changing a field’s type', () => {
  it('drops the role, pre-fill and suggestions the new type does not take', () => {
    const filled = editField(1, {
      role: 'fonction',
      prefill: 'etablissement',
      suggestions: ['Mathématiques'],
    })(withDiscipline());
    const amount = editField(1, { type: 'amount' })(filled);
    expect(amount.fields[1]).toEqual({
      id: 'discipline',
      label: 'Discipline',
      type: 'amount',
      required: false,
      suggestions: ['Mathématiques'],
    });
    expect(editField(1, { type: 'yesNo' })(filled).fields[1]).not.toHaveProperty('suggestions');
    expect(letterTypeSchema.safeParse(amount).success).toBe(true);
  });

  it('keeps what a field has while only its label or help changes', () => {
    const odd = editField(1, { type: 'longText', role: 'nom' })(
      editField(0, { role: undefined })(withDiscipline()),
    );
    expect(odd.fields[1]?.role).toBeUndefined();
    const kept = editField(1, { role: 'nom' })(odd);
    expect(editField(1, { label: 'Nom complet' })(kept).fields[1]?.role).toBe('nom');
  });
});

describe('a field’s lists of options and suggestions', () => {
  it('add, edit, move and remove a choice’s options', () => {
    const options = fieldListCommands(1, 'options');
    let model = editField(1, { type: 'choice' })(withDiscipline());
    model = options.set(0, 'Français')(model);
    model = options.set(1, 'Histoire')(model);
    model = options.insert('Mathématiques')(model);
    expect(model.fields[1]?.options).toEqual(['Français', 'Histoire', 'Mathématiques']);
    model = options.move(2, -1)(model);
    expect(model.fields[1]?.options).toEqual(['Français', 'Mathématiques', 'Histoire']);
    const removed = options.remove(0)(model);
    expect(removed.fields[1]?.options).toEqual(['Mathématiques', 'Histoire']);
    expect(options.insert('Français', 0)(removed)).toEqual(model);
    expect(letterTypeSchema.safeParse(removed).success).toBe(true);
    expect(model.fields[0]).toEqual(frozen().fields[0]);
  });

  it('start a list of suggestions, and drop it when its last one goes', () => {
    const suggestions = fieldListCommands(1, 'suggestions');
    const model = withDiscipline();
    const one = suggestions.set(0, 'EPS')(suggestions.insert('')(model));
    expect(one.fields[1]?.suggestions).toEqual(['EPS']);
    expect(suggestions.remove(0)(one).fields[1]).toEqual(model.fields[1]);
  });

  it('leave the other fields and a frozen model untouched', () => {
    const model = Object.freeze(withDiscipline());
    const next = fieldListCommands(1, 'suggestions').insert('EPS')(model);
    expect(next.fields[0]).toBe(model.fields[0]);
    expect(model.fields[1]).not.toHaveProperty('suggestions');
  });
});
