/**
 * Agreement with the person a letter is addressed to. A model text writes the two forms of a
 * word as `{masculine|feminine}`: « {il|elle} », « {coordonnateur|coordonnatrice} »,
 * « {L’intéressé|L’intéressée} ». The letter's civilité (the field whose role is `civilite`)
 * picks one; while it is not chosen, both forms print joined by « ou » (« il ou elle »): never
 * « (e) » nor a point médian, which administrative letters avoid.
 */

/** Grammatical gender the civilité gives, or null while it is not chosen. */
export type Gender = 'masculine' | 'feminine';

/** `{form|form}`: two non-empty forms made of letters, apostrophes, spaces and hyphens. */
const agreement = /\{([\p{L}’' -]+)\|([\p{L}’' -]+)\}/gu;

/** The agreement groups a text holds, as [masculine, feminine] pairs, in order. */
export function agreementForms(text: string): [string, string][] {
  return [...text.matchAll(agreement)].map((match) => [match[1] ?? '', match[2] ?? '']);
}

/** Whether a text holds at least one `{masculine|feminine}` group. */
export function hasAgreement(text: string): boolean {
  return agreementForms(text).length > 0;
}

/** The gender a civilité value gives: « Madame » (or « Mme ») feminine, « Monsieur » (« M. ») masculine. */
export function genderOf(civilite: string | undefined): Gender | null {
  const value = (civilite ?? '').trim().toLowerCase();
  if (/^(madame|mme|mademoiselle|mlle)\.?$/.test(value)) return 'feminine';
  if (/^(monsieur|m\.?)$/.test(value)) return 'masculine';
  return null;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Both forms for an unknown gender: « il ou elle »; « Il ou elle » at the start of a sentence. */
function bothForms(masculine: string, feminine: string): string {
  if (masculine === feminine) return masculine;
  return `${masculine} ou ${lowerFirst(feminine)}`;
}

/** Resolves every `{masculine|feminine}` group of a text for `gender` (both forms when null). */
export function resolveAgreement(text: string, gender: Gender | null): string {
  return text.replace(agreement, (_, masculine: string, feminine: string) => {
    if (gender === 'masculine') return masculine;
    if (gender === 'feminine') return feminine;
    return bothForms(masculine, feminine);
  });
}

/** Replaces every agreement group by `by` (to compare a model's wording with its source). */
export function stripAgreement(text: string, by = ' '): string {
  return text.replace(agreement, by);
}
