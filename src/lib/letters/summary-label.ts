import type { Letter } from '../schemas/letter';
import { letterLabel, summaryView, type LetterSummary, type ModelInfo } from './list';
import { personName } from '../document/roles';
import { summaryOf } from './summary';

// A full letter named as the list names it. Apart from `list.ts`: the list's first cards need
// only stored summaries, not the code that summarises a letter (its roles, its agreement).

/** The person a letter is for, from the fields whose role is `prenom` and `nom`. */
export function personOf(letter: Pick<Letter, 'fields' | 'values'>): string {
  return personName(letter);
}

/** The list's view of a full letter (to name it in messages), as `summaryView` gives it. */
export function summariseLetter(letter: Letter, models: readonly ModelInfo[]): LetterSummary {
  return summaryView(summaryOf(letter), models);
}

/** « Marie Curie, Coordonnateur du REP, 2025-2026 » for a full letter (`letterLabel`). */
export function labelOfLetter(letter: Letter, models: readonly ModelInfo[]): string {
  return letterLabel(summariseLetter(letter, models));
}
