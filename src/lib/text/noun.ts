/**
 * A noun as button labels need it, each form written out: French articles depend on gender and
 * elision (« la mission », « le paragraphe », « l’annexe »), which no rule on a lowercase
 * string gets right.
 */
export interface Noun {
  /** Capitalised, before a number in a visible label: « Mission », « Ligne de copie ». */
  label: string;
  /** With the indefinite article: « une mission », « un paragraphe ». */
  indefinite: string;
  /** With the definite article: « la mission », « le paragraphe », « l’annexe ». */
  definite: string;
  /** « supprimé » agreeing with it: « supprimée », « supprimé ». */
  removed: string;
}

/** « la mission 3 »: the noun with its article and number, to end a button's name. */
export function numbered(noun: Noun, position: number): string {
  return `${noun.definite} ${position}`;
}

/** « Mission 3 supprimée »: what the undo bar says after a removal. */
export function removedSentence(noun: Noun, position: number): string {
  return `${noun.label} ${position} ${noun.removed}`;
}
