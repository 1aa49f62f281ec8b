import type { LetterChange } from '../change';

/**
 * Sets a `choice` field to one of its options, or empties it with ''. A value the field does not
 * offer is ignored: a choice never holds free text (agreement reads it).
 */
export function chooseOption(fieldId: string, option: string): LetterChange {
  return (letter) => {
    const field = letter.fields.find((candidate) => candidate.id === fieldId);
    if (!field || field.type !== 'choice') return;
    if (option !== '' && !(field.options ?? []).includes(option)) return;
    letter.values[fieldId] = option;
  };
}
