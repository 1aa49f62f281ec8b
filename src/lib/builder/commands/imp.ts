import type { ImpBlock, LetterType } from '../../schemas/letter-type';
import type { Direction, ModelCommand } from './command';
import { insertAt, moveAt, removeAt, updateAt } from './list';
import { newFieldId } from './new-id';

/** One line of the IMP table as a model proposes it. */
export type ImpColumn = ImpBlock['columns'][number];

/** What the builder lets the user change on an IMP line (its id stays). */
export type ImpColumnPatch = { [K in Exclude<keyof ImpColumn, 'id'>]?: ImpColumn[K] | undefined };

/** A new IMP line paid by the school, for the model's mission. */
export function newImpColumn(model: LetterType): ImpColumn {
  const taken = model.imp?.columns.map((column) => column.id) ?? [];
  return {
    id: newFieldId('imp', taken),
    heading: 'attribuées par l’établissement',
    mission: model.mission,
    provenance: false,
    fundedBy: 'etablissement',
  };
}

/** Gives the model an IMP block with one line, or removes it (`on` false). */
export function setImp(on: boolean): ModelCommand {
  return (model) => {
    const { imp: _dropped, ...rest } = model;
    if (!on) return rest;
    return { ...rest, imp: model.imp ?? { columns: [newImpColumn(model)] } };
  };
}

/** Sets the STS-web code (« IMP 9073 »); empty: none. */
export function setStsCode(stsCode: string): ModelCommand {
  return updateImp(({ stsCode: _dropped, ...imp }) => (stsCode ? { ...imp, stsCode } : imp));
}

/** Sets the note printed under the table; empty: none. */
export function setImpNote(note: string): ModelCommand {
  return updateImp(({ note: _dropped, ...imp }) => (note ? { ...imp, note } : imp));
}

/** Adds `column` (at most two lines: the schema refuses a third), or puts one back at `index`. */
export function insertImpColumn(column: ImpColumn, index = Number.POSITIVE_INFINITY): ModelCommand {
  return updateImp((imp) => ({ ...imp, columns: insertAt(imp.columns, index, column) }));
}

/**
 * Changes the line at `index`. `example` (the usual number of IMP and taux, shown as help in
 * the editor) is dropped when set to `undefined`.
 */
export function editImpColumn(index: number, patch: ImpColumnPatch): ModelCommand {
  return updateImp((imp) => ({
    ...imp,
    columns: updateAt(imp.columns, index, (column) => {
      const next = { ...column, ...patch };
      if (next.example === undefined) delete next.example;
      return next as ImpColumn;
    }),
  }));
}

/** Moves the line at `index` up or down. */
export function moveImpColumn(index: number, direction: Direction): ModelCommand {
  return updateImp((imp) => ({ ...imp, columns: moveAt(imp.columns, index, direction) }));
}

/** Removes the line at `index`. */
export function removeImpColumn(index: number): ModelCommand {
  return updateImp((imp) => ({ ...imp, columns: removeAt(imp.columns, index) }));
}

/** Changes the IMP block, when the model has one. */
function updateImp(update: (imp: ImpBlock) => ImpBlock): ModelCommand {
  return (model) => (model.imp ? { ...model, imp: update(model.imp) } : model);
}
