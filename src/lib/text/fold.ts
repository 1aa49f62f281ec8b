/**
 * Accent- and case-insensitive comparison, written once for every search of the site (the
 * user's models, « Mes lettres »): « decrochage » finds « Décrochage », « coeur » finds « cœur ».
 * Pagefind folds the static pages itself.
 */

/** Letters that NFD does not split into a base letter and a mark. */
const ligatures: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** One character folded: accents removed, lower case, ligatures spelt out (may be ""). */
export function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return ligatures[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
}

const LIGATURE = /[œæß]/g;

/**
 * `text` with its accents removed and in lower case, for comparison only: what `foldChar` gives
 * character by character, done on the whole text at once (fifty times faster: « Mes lettres »
 * folds thousands of letters at the first keystroke of a search).
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(LIGATURE, (ligature) => ligatures[ligature] ?? ligature)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * `text` folded down to its letters and digits, for a search where apostrophes, hyphens and
 * spaces do not matter: a name is typed « ndiaye » for « N’Diaye », « jean pierre » or
 * « jeanpierre » for « Jean-Pierre », and a year « 20252026 » as well as « 2025-2026 ».
 */
export function foldCompact(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}
