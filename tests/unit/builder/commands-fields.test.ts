import { must } from './must';
import { describe, expect, it } from 'vitest';
import { oneFieldModel } from './one-field-model';
import {
  editField,
  insertField,
  moveField,
  newField,
  removeField,
  setOptions,
} from '../../../src/lib/builder/commands/fields';
import { newFieldId } from '../../../src/lib/builder/commands/new-id';
import { fieldIdSchema } from '../../../src/lib/schemas/field';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';

const frozen = () => Object.freeze(oneFieldModel());

describe('new field ids', () => {
  it('are camelCase words of the label, without accents', () => {
    expect(newFieldId('Date de début', [])).toBe('dateDeDebut');
    expect(newFieldId('Œuvre étudiée', [])).toBe('oeuvreEtudiee');
  });

  it('never repeat an id in use nor a computed blank', () => {
    expect(newFieldId('Date', ['date', 'date2'])).toBe('date3');
    expect(newFieldId('le chef', [])).toBe('leChef2');
  });

  it('fall back on a readable id when the label starts with no letter', () => {
    expect(newFieldId('2 heures', [])).toBe('champ');
    expect(newFieldId('', ['champ'])).toBe('champ2');
    for (const label of ['2 heures', '', '« ! »', 'Année scolaire']) {
      expect(fieldIdSchema.safeParse(newFieldId(label, [])).success).toBe(true);
    }
  });
});

describe('field commands', () => {
  it('add a field at the end, with an id the text can cite', () => {
    const model = frozen();
    const next = insertField(newField('Discipline', ['nom']))(model);
    expect(next.fields.map((field) => field.id)).toEqual(['nom', 'discipline']);
    expect(next.fields[1]).toMatchObject({ label: 'Discipline', type: 'text', required: false });
    expect(model.fields).toHaveLength(1);
    expect(letterTypeSchema.safeParse(next).success).toBe(true);
  });

  it('put a removed field back at its place', () => {
    const model = insertField(newField('Discipline', ['nom']))(frozen());
    const field = must(model.fields[0]);
    const removed = removeField(0)(model);
    expect(removed.fields.map((f) => f.id)).toEqual(['discipline']);
    expect(insertField(field, 0)(removed)).toEqual(model);
  });

  it('edit label, help, required and role; undefined drops a key', () => {
    const model = frozen();
    const edited = editField(0, { label: 'Nom', hint: 'Nom et prénom', required: false })(model);
    expect(edited.fields[0]).toMatchObject({
      label: 'Nom',
      hint: 'Nom et prénom',
      required: false,
    });
    const cleared = editField(0, { hint: undefined, role: undefined })(edited);
    expect(cleared.fields[0]).not.toHaveProperty('hint');
    expect(cleared.fields[0]).not.toHaveProperty('role');
    expect(model.fields[0]?.label).toBe('Nom de la personne');
  });

  it('give a choice field options to fill, and take them from other kinds', () => {
    const choice = editField(0, { type: 'choice' })(frozen());
    expect(choice.fields[0]?.options).toEqual(['', '']);
    const filled = setOptions(0, ['Madame', 'Monsieur'])(choice);
    expect(filled.fields[0]?.options).toEqual(['Madame', 'Monsieur']);
    expect(letterTypeSchema.safeParse(filled).success).toBe(true);
    expect(editField(0, { type: 'date' })(filled).fields[0]).not.toHaveProperty('options');
  });

  it('move a field up and down, and not past either end', () => {
    const model = insertField(newField('Discipline', ['nom']))(frozen());
    const down = moveField(0, 1)(model);
    expect(down.fields.map((f) => f.id)).toEqual(['discipline', 'nom']);
    expect(moveField(1, -1)(down).fields.map((f) => f.id)).toEqual(['nom', 'discipline']);
    expect(moveField(1, 1)(model).fields).toEqual(model.fields);
  });
});
