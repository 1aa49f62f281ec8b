import type { Field } from '../../schemas/field';
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
 * a choice field gets two empty options to fill, and other kinds lose theirs.
 */
export function editField(index: number, patch: FieldPatch): ModelCommand {
  return (model) => ({
    ...model,
    fields: updateAt(model.fields, index, (field) =>
      withoutUndefined({ ...field, ...patch } as Field),
    ),
  });
}

/** Sets a choice field's options (one per line in the builder). */
export function setOptions(index: number, options: string[]): ModelCommand {
  return editField(index, { options });
}

/** Moves the field at `index` up or down. */
export function moveField(index: number, direction: Direction): ModelCommand {
  return (model) => ({ ...model, fields: moveAt(model.fields, index, direction) });
}

/** Removes the field at `index` (its `{id}` in the text is then reported as unknown). */
export function removeField(index: number): ModelCommand {
  return (model) => ({ ...model, fields: removeAt(model.fields, index) });
}

function withoutUndefined(field: Field): Field {
  const entries = Object.entries(field).filter(([key, value]) => {
    if (key === 'options') return field.type === 'choice';
    return value !== undefined;
  });
  const next = Object.fromEntries(entries) as Field;
  if (next.type === 'choice') next.options ??= ['', ''];
  return next;
}
