import type { LetterChange } from '../change';

/** Sets the letter's printed title. */
export function setTitle(text: string): LetterChange {
  return (letter) => {
    letter.title = text;
  };
}

/** Sets the value of the blank `fieldId` (« nom », « anneeScolaire »…). */
export function setValue(fieldId: string, value: string): LetterChange {
  return (letter) => {
    letter.values[fieldId] = value;
  };
}

/** Sets the letter's date (ISO yyyy-mm-dd, or empty). */
export function setDate(value: string): LetterChange {
  return (letter) => {
    letter.date = value;
  };
}
