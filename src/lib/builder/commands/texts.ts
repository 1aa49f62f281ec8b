import type { LetterType } from '../../schemas/letter-type';
import type { Direction, ModelCommand } from './command';
import { insertAt, moveAt, removeAt, updateAt } from './list';

/** The model's plain lists of texts: « Vu » lines, introduction, conclusion, copies, head's notes. */
export type TextPart = 'vu' | 'preamble' | 'closing' | 'copies' | 'notes';

/** Adds `text` to `part` at the end (or at `index`, to put back a removed one). */
export function insertText(
  part: TextPart,
  text = '',
  index = Number.POSITIVE_INFINITY,
): ModelCommand {
  return update(part, (texts) => insertAt(texts, index, text));
}

/** Sets text `index` of `part`. */
export function setText(part: TextPart, index: number, text: string): ModelCommand {
  return update(part, (texts) => updateAt(texts, index, () => text));
}

/** Moves text `index` of `part` up or down. */
export function moveText(part: TextPart, index: number, direction: Direction): ModelCommand {
  return update(part, (texts) => moveAt(texts, index, direction));
}

/** Removes text `index` of `part`. */
export function removeText(part: TextPart, index: number): ModelCommand {
  return update(part, (texts) => removeAt(texts, index));
}

function update(part: TextPart, change: (texts: string[]) => string[]): ModelCommand {
  return (model): LetterType => ({ ...model, [part]: change(model[part]) });
}
