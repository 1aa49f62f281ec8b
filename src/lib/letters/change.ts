import type { Letter } from '../schemas/letter';

/**
 * One edit of a letter, as a function that changes the editor's letter in place. Commands
 * (`src/lib/letters/commands/`) build them; `LetterEditor.apply` runs them on its own state, so
 * the editor is the only writer of the letter and components never mutate what they receive.
 * In place, because the letter is a Svelte `$state` proxy: in-place changes keep keyed blocks
 * (and the focus) where they are.
 */
export type LetterChange = (letter: Letter) => void;
