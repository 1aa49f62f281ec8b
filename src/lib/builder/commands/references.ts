import type { Source } from '../../schemas/source';
import type { Direction, ModelCommand } from './command';
import { insertAt, moveAt, removeAt, updateAt } from './list';

/** What the builder lets the user change on a reference text: its citation and its address. */
export interface ReferencePatch {
  label?: string;
  /** Empty or `undefined`: the reference has no address. */
  url?: string | undefined;
}

/** A new reference text to fill (its citation is required: the model shows an issue until then). */
export function newReference(): Source {
  return { label: '' };
}

/** Adds `source` at the end (or at `index`, to put back a removed one). */
export function insertReference(source: Source, index = Number.POSITIVE_INFINITY): ModelCommand {
  return (model) => ({ ...model, references: insertAt(model.references, index, source) });
}

/** Changes the citation or the address of reference `index`; an empty address removes it. */
export function editReference(index: number, patch: ReferencePatch): ModelCommand {
  return (model) => ({
    ...model,
    references: updateAt(model.references, index, (source) => {
      const { url: _dropped, ...rest } = source;
      const label = patch.label ?? source.label;
      const url = 'url' in patch ? patch.url : source.url;
      return url ? { ...rest, label, url } : { ...rest, label };
    }),
  });
}

/** Moves reference `index` up or down. */
export function moveReference(index: number, direction: Direction): ModelCommand {
  return (model) => ({ ...model, references: moveAt(model.references, index, direction) });
}

/** Removes reference `index`. */
export function removeReference(index: number): ModelCommand {
  return (model) => ({ ...model, references: removeAt(model.references, index) });
}
