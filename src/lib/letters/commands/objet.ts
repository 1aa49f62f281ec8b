import type { LetterChange } from '../change';

/** Sets the letter's « Objet : » line (empty: no line printed). */
export function setObjet(text: string): LetterChange {
  return (letter) => {
    letter.objet = text;
  };
}
