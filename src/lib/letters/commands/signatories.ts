/**
 * Commands on a letter's signatories: each returns a `LetterChange` for `LetterEditor.apply`.
 * A command naming a signatory that no longer exists (removed in another tab) does nothing.
 */
import type { LetterChange } from '../change';
import type { LetterSignatory } from '../../schemas/letter';
import type { Signer } from '../../schemas/signatory';
import { move } from '../edit';

/** At most this many signatories (the stored format's bound). */
export const MAX_SIGNATORIES = 10;

/** The caption a new signatory starts with, by kind; the user renames it. */
export const newSignatoryLabels: Record<Signer, string> = {
  head: '{leChef}',
  person: '{L’intéressé|L’intéressée}',
  other: 'Cosignataire',
};

/** A new signatory of kind `signer`; the person acknowledges, the head stamps. */
export function newSignatory(signer: Signer, id: string): LetterSignatory {
  return {
    id,
    signer,
    label: newSignatoryLabels[signer],
    name: '',
    acknowledgement: signer === 'person',
    stamp: signer === 'head',
    delegation: false,
  };
}

/** Adds a signatory at the end (nothing past `MAX_SIGNATORIES`). */
export function addSignatory(signer: Signer, id: string): LetterChange {
  return (letter) => {
    if (letter.signatures.length >= MAX_SIGNATORIES) return;
    letter.signatures.push(newSignatory(signer, id));
  };
}

/** Removes the signatory `id`. */
export function removeSignatory(id: string): LetterChange {
  return (letter) => {
    const index = letter.signatures.findIndex((signatory) => signatory.id === id);
    if (index >= 0) letter.signatures.splice(index, 1);
  };
}

/** Moves the signatory `id` one place up (−1) or down (+1). */
export function moveSignatory(id: string, delta: -1 | 1): LetterChange {
  return (letter) => {
    const index = letter.signatures.findIndex((signatory) => signatory.id === id);
    move(letter.signatures, index, delta);
  };
}

/** What of a signatory the user can type. */
export type SignatoryText = 'label' | 'name';

/** Sets the caption (`label`) or the printed name (`name`) of the signatory `id`. */
export function setSignatoryText(id: string, key: SignatoryText, value: string): LetterChange {
  return (letter) => {
    const signatory = letter.signatures.find((candidate) => candidate.id === id);
    if (signatory) signatory[key] = value;
  };
}

/** What of a signatory the user can switch on or off. */
export type SignatoryFlag = 'acknowledgement' | 'stamp' | 'delegation';

/** Switches « Vu et pris connaissance », the stamp or the delegation of the signatory `id`. */
export function setSignatoryFlag(id: string, flag: SignatoryFlag, on: boolean): LetterChange {
  return (letter) => {
    const signatory = letter.signatures.find((candidate) => candidate.id === id);
    if (signatory) signatory[flag] = on;
  };
}
