import type { LetterDocument } from '../document/model';
import { missingCharacters } from './coverage';
import type { PdfFonts } from './render';

/** A font set as `virtual:pdf-fonts` lists it: what it draws, and how to load it. */
export interface FontSet {
  name: string;
  /** Every character both faces draw. */
  covered: string;
  /** Loads the two faces (a chunk of their own): called only for the set a letter needs. */
  load: () => Promise<PdfFonts>;
}

/** The set a letter is printed with, or the characters no set can draw. */
export type FontChoice = { ok: true; set: FontSet } | { ok: false; missing: string[] };

/**
 * The first set, smallest first, that draws every character of the letter: a French letter
 * gets the French set, a letter naming « Łukasz » or « Кирилл » a larger one. When none does,
 * the characters the largest set still lacks (an emoji, a Chinese character), to name them.
 * Nothing is loaded here: the choice reads only the sets' lists of characters.
 */
export function chooseFontSet(doc: LetterDocument, sets: readonly FontSet[]): FontChoice {
  for (const set of sets) {
    if (missingCharacters(doc, set.covered).length === 0) return { ok: true, set };
  }
  const largest = sets.at(-1);
  return { ok: false, missing: missingCharacters(doc, largest?.covered ?? '') };
}
