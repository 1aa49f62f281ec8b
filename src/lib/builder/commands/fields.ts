import type { Field } from '../../schemas/field';
import { roleFits, takesPrefill, takesSuggestions } from '../field-fit';
import type { TextListCommands } from '../writer';
import type { Direction, ModelCommand } from './command';
import { insertAt, moveAt, removeAt, updateAt } from './list';
import { newFieldId } from './new-id';

/** What the builder lets the user change on a field (its id stays: the text cites it). */
export type FieldPatch = { [K in Exclude<keyof Field, 'id'>]?: Field[K] | undefined };

/** A new short-text field labelled `label`, with an id made from the label, unique in the model. */
export function newField(label: string, takenIds: Iterable<string>): Field {
  return { id: newFieldId(label, takenIds), label, type: 'text', required: false };
}

/** Adds `field` at the end (or at `index`, to put back a removed one). */
export function insertField(field: Field, index = Number.POSITIVE_INFINITY): ModelCommand {
  return (model) => ({ ...model, fields: insertAt(model.fields, index, field) });
}

/**
 * Changes the field at `index`. Keys set to `undefined` are dropped (no help text, no role);
 * a choice field gets two empty options to fill, and other kinds lose theirs, as a field loses a
 * role, a pre-fill or suggestions its new type does not take (`field-fit`).
 */
export function editField(index: number, patch: FieldPatch): ModelCommand {
  return (model) => ({
    ...model,
    fields: updateAt(model.fields, index, (field) =>
      fitted(
        { ...field, ...patch } as Field,
        patch.type !== undefined && patch.type !== field.type,
      ),
    ),
  });
}

/** Sets a choice field's options. */
export function setOptions(index: number, options: string[]): ModelCommand {
  return editField(index, { options });
}

/** The lists of texts a field holds: a choice's options, the suggestions under a text box. */
export type FieldList = 'options' | 'suggestions';

/**
 * The commands of list `list` of field `fieldIndex`: edit, add, move, remove one entry. A list
 * of suggestions left empty is dropped (the field offers none); options stay, the schema asking
 * for two.
 */
export function fieldListCommands(fieldIndex: number, list: FieldList): TextListCommands {
  const update =
    (change: (texts: readonly string[]) => string[]): ModelCommand =>
    (model) => ({
      ...model,
      fields: updateAt(model.fields, fieldIndex, (field) => {
        const texts = change(field[list] ?? []);
        if (list === 'suggestions' && texts.length === 0) return withoutKey(field, list);
        return { ...field, [list]: texts };
      }),
    });
  return {
    set: (index, text) => update((texts) => updateAt(texts, index, () => text)),
    insert: (text, index = Number.POSITIVE_INFINITY) =>
      update((texts) => insertAt(texts, index, text)),
    move: (index, direction) => update((texts) => moveAt(texts, index, direction)),
    remove: (index) => update((texts) => removeAt(texts, index)),
  };
}

/** Moves the field at `index` up or down. */
export function moveField(index: number, direction: Direction): ModelCommand {
  return (model) => ({ ...model, fields: moveAt(model.fields, index, direction) });
}

/** Removes the field at `index` (its `{id}` in the text is then reported as unknown). */
export function removeField(index: number): ModelCommand {
  return (model) => ({ ...model, fields: removeAt(model.fields, index) });
}

function withoutKey(field: Field, key: keyof Field): Field {
  return Object.fromEntries(Object.entries(field).filter(([name]) => name !== key)) as Field;
}

/**
 * Whether `key` of `field` stays: set, and, when the field has just changed type, suiting the
 * new one. A model made elsewhere keeps what it has while only its label or help is edited.
 */
function keeps(field: Field, key: string, value: unknown, retyped: boolean): boolean {
  if (value === undefined) return false;
  if (key === 'options') return field.type === 'choice';
  if (!retyped) return true;
  if (key === 'role') return field.role !== undefined && roleFits(field.role, field.type);
  if (key === 'prefill') return takesPrefill(field.type);
  if (key === 'suggestions') return takesSuggestions(field.type);
  return true;
}

function fitted(field: Field, retyped: boolean): Field {
  const entries = Object.entries(field).filter(([key, value]) => keeps(field, key, value, retyped));
  const next = Object.fromEntries(entries) as Field;
  if (next.type === 'choice') next.options ??= ['', ''];
  return next;
}
