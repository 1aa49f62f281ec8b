import type { Signatory, Signer } from '../../schemas/signatory';
import type { Direction, ModelCommand } from './command';
import { insertAt, moveAt, removeAt, updateAt } from './list';

/** A signatory as a model proposes it, with the usual caption for who signs. */
export function newSignatory(signer: Signer): Signatory {
  switch (signer) {
    case 'head':
      return { ...blank, signer, label: '{leChef} {duEtablissement}', stamp: true };
    case 'person':
      return {
        ...blank,
        signer,
        label: 'La personne chargée de la mission',
        acknowledgement: true,
      };
    case 'other':
      return { ...blank, signer, label: 'Cosignataire' };
  }
}

const blank = { name: '', acknowledgement: false, stamp: false, delegation: false };

/** Adds `signatory` at the end (or at `index`, to put back a removed one). */
export function insertSignatory(
  signatory: Signatory,
  index = Number.POSITIVE_INFINITY,
): ModelCommand {
  return (model) => ({ ...model, signatures: insertAt(model.signatures, index, signatory) });
}

/** Changes the signatory at `index` (caption, who signs, name, acknowledgement, stamp…). */
export function editSignatory(index: number, patch: Partial<Signatory>): ModelCommand {
  return (model) => ({
    ...model,
    signatures: updateAt(model.signatures, index, (signatory) => ({ ...signatory, ...patch })),
  });
}

/** Moves the signatory at `index` up or down. */
export function moveSignatory(index: number, direction: Direction): ModelCommand {
  return (model) => ({ ...model, signatures: moveAt(model.signatures, index, direction) });
}

/** Removes the signatory at `index`. */
export function removeSignatory(index: number): ModelCommand {
  return (model) => ({ ...model, signatures: removeAt(model.signatures, index) });
}
