/**
 * Agreement with the person a letter is addressed to. A model text writes the two forms of a
 * word as `{masculine|feminine}`: « {il|elle} », « {coordonnateur|coordonnatrice} »,
 * « {L’intéressé|L’intéressée} ». The letter's civilité (the field whose role is `civilite`)
 * picks one; while it is not chosen, both forms print joined by « ou » (« il ou elle »): never
 * « (e) » nor a point médian, which administrative letters avoid.
 */

import { parseTemplate, replaceAgreements, templateText } from './template';

/** Grammatical gender the civilité gives, or null while it is not chosen. */
export type Gender = 'masculine' | 'feminine';

/** The agreement groups a text holds, as [masculine, feminine] pairs, in order. */
export function agreementForms(text: string): [string, string][] {
  return parseTemplate(text).flatMap((piece): [string, string][] =>
    piece.kind === 'agreement' ? [[piece.masculine, piece.feminine]] : [],
  );
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

/** The form `gender` gives (both forms, joined by « ou », when it is not known). */
export function agreedForm(masculine: string, feminine: string, gender: Gender | null): string {
  if (gender === 'masculine') return masculine;
  if (gender === 'feminine') return feminine;
  return bothForms(masculine, feminine);
}

/**
 * Resolves every `{masculine|feminine}` group of a text for `gender` (both forms when null). The
 * result is still a text of the template syntax (blanks and escapes kept), for `fillText`.
 */
export function resolveAgreement(text: string, gender: Gender | null): string {
  return replaceAgreements(text, (masculine, feminine) => agreedForm(masculine, feminine, gender));
}

/**
 * A text as a reader sees it before any value is filled (a title in « Mes lettres », a file
 * name): agreements resolved for `gender`, escapes read, blanks left as `{id}`.
 */
export function agreedText(text: string, gender: Gender | null): string {
  return templateText(text, (masculine, feminine) => agreedForm(masculine, feminine, gender));
}

/** Replaces every agreement group by `by` (to compare a model's wording with its source). */
export function stripAgreement(text: string, by = ' '): string {
  return replaceAgreements(text, () => by);
}
