/**
 * Acronyms in the letters' text: finding candidates (to check the glossary covers them) and
 * splitting a text so each known acronym can be marked up as <abbr> linked to the glossary.
 */

/** What the markup needs to know of a glossary entry. */
export interface Acronym {
  /** Anchor of the entry on the glossary page. */
  id: string;
  term: string;
  variants: readonly string[];
  expansion: string;
}

export type AcronymPart =
  { kind: 'text'; text: string } | { kind: 'acronym'; text: string; acronym: Acronym };

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// An acronym stands alone: no letter, digit or hyphen glued to either side.
const wrap = (body: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}-])`, 'gu');

/** Splits `text` into plain runs and occurrences of the given acronyms (longest match first). */
export function markAcronyms(text: string, acronyms: readonly Acronym[]): AcronymPart[] {
  const bySpelling = new Map<string, Acronym>();
  for (const acronym of acronyms) {
    for (const spelling of [acronym.term, ...acronym.variants]) bySpelling.set(spelling, acronym);
  }
  if (bySpelling.size === 0) return text ? [{ kind: 'text', text }] : [];
  const spellings = [...bySpelling.keys()].sort((a, b) => b.length - a.length);
  const parts: AcronymPart[] = [];
  let last = 0;
  for (const match of text.matchAll(wrap(spellings.map(escape).join('|')))) {
    const acronym = bySpelling.get(match[0]);
    if (!acronym) continue;
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'acronym', text: match[0], acronym });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

const candidate = wrap('\\p{Lu}[\\p{Lu}\\p{N}]*(?:-[\\p{Lu}\\p{N}]+)*');
const romanNumeral = /^[IVXLC]+$/;

/** Words of `text` written like acronyms (two capitals or more, not a Roman numeral). */
export function acronymCandidates(text: string): string[] {
  const found = [...text.matchAll(candidate)].map((match) => match[0]);
  return found.filter((word) => {
    const capitals = word.replace(/[^\p{Lu}]/gu, '').length;
    return capitals >= 2 && !romanNumeral.test(word);
  });
}
