import type { Letter } from '../schemas/letter';

/** The letters stored here by id; `null` for a record that is unreadable (set aside). */
export type StoredLetters = ReadonlyMap<string, Letter | null>;

/** The stored letters by id, unreadable records included: an import must not overwrite them. */
export function storedById(letters: readonly Letter[], unreadableIds: readonly string[]) {
  const map = new Map<string, Letter | null>(unreadableIds.map((id) => [id, null]));
  for (const letter of letters) map.set(letter.id, letter);
  return map;
}

/** The groups of an import plan (`plan.ts`). */
export type LetterGroup = 'fresh' | 'newer' | 'older' | 'same';

/** Where a backup's letter goes, given what is stored under its id. */
export function sortLetter(letter: Letter, stored: Letter | null | undefined): LetterGroup {
  if (stored === undefined) return 'fresh';
  if (stored === null) return 'older';
  if (letter.revision > stored.revision) return 'newer';
  return JSON.stringify(letter) === JSON.stringify(stored) ? 'same' : 'older';
}
