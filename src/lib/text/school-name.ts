/**
 * A school's name as it reads in a sentence. « Mon établissement » holds a name as written on a
 * letterhead (« Collège Pablo-Neruda », « Cité scolaire Jean-Jaurès », « EREA Toulouse-Lautrec »);
 * after a preposition French wants the article and a lower-case common noun: « du collège
 * Pablo-Neruda », « de la cité scolaire Jean-Jaurès », « de l’EREA Toulouse-Lautrec ».
 */

/** The kinds of school a name may start with, their gender; acronyms keep their capitals. */
const kinds: { pattern: RegExp; feminine: boolean }[] = [
  { pattern: /^cité scolaire\b/i, feminine: true },
  { pattern: /^cité\b/i, feminine: true },
  { pattern: /^école\b/i, feminine: true },
  { pattern: /^section d’enseignement\b/i, feminine: true },
  { pattern: /^segpa\b/i, feminine: true },
  { pattern: /^collège\b/i, feminine: false },
  { pattern: /^lycée\b/i, feminine: false },
  { pattern: /^établissement\b/i, feminine: false },
  { pattern: /^(erea|erpd|lp|lpo|lgt|legt|lpa|lgta|lycée agricole)\b/i, feminine: false },
];

/** An article the user may have typed first (« Le collège … »): the sentence adds its own. */
const leadingArticle = /^(le|la|les|l['’])\s*/i;

/** A name that starts with a kind of school the sentence can take as its noun. */
interface Parsed {
  /** The name as it reads after the article: « collège Pablo-Neruda », « EREA … ». */
  noun: string;
  feminine: boolean;
}

function parse(name: string): Parsed | null {
  const bare = name.trim().replace(/\s+/g, ' ').replace(leadingArticle, '');
  for (const kind of kinds) {
    const match = kind.pattern.exec(bare);
    if (!match) continue;
    const word = match[0];
    // A common noun is written in lower case inside a sentence; an acronym keeps its capitals.
    const lead = word === word.toUpperCase() && word.length <= 5 ? word : word.toLowerCase();
    return { noun: lead + bare.slice(word.length), feminine: kind.feminine };
  }
  return null;
}

const elides = (word: string) => /^[aeiouyàâéèêëîïôöûùh]/i.test(word);

/** The forms of a name after an article or a preposition. */
export type SchoolForm = 'le' | 'de' | 'à';

/**
 * « le collège Pablo-Neruda », « du collège … », « au collège … », « de la cité scolaire … »,
 * « à l’EREA … ». A name that does not start with a kind of school is introduced by
 * « l’établissement » (« de l’établissement Jean-Moulin »); an empty name stays empty.
 */
export function schoolIn(name: string, form: SchoolForm): string {
  if (name.trim() === '') return '';
  const parsed = parse(name) ?? { noun: `établissement ${name.trim()}`, feminine: false };
  const { noun, feminine } = parsed;
  if (elides(noun)) return { le: `l’${noun}`, de: `de l’${noun}`, à: `à l’${noun}` }[form];
  if (feminine) return { le: `la ${noun}`, de: `de la ${noun}`, à: `à la ${noun}` }[form];
  return { le: `le ${noun}`, de: `du ${noun}`, à: `au ${noun}` }[form];
}
