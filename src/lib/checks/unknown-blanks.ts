import { stripAgreement } from '../text/agreement';
import { computedPlaceholders } from '../text/placeholders';

/**
 * Anything in braces: what a user may have meant as a blank, well formed or not. An escape
 * (`\{`, `\}`, `\\`) is matched first so that a brace written as a literal is never one.
 */
const braces = /\\[\\{}]|\{([^{}\\\n]{0,60})\}/g;

/**
 * The brace groups of a text that name no blank of the letter, as typed (« {prénom} »,
 * « {nom » is not a group): a typo that would print as is. Agreement groups (`{il|elle}`) and
 * computed blanks (`{impMontant}`, `{duEtablissement}`) are known; so is every field id.
 */
export function unknownBlanks(text: string, fieldIds: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const match of stripAgreement(text, '').matchAll(braces)) {
    if (match[1] === undefined) continue;
    const id = match[1].trim();
    if (fieldIds.has(id) || (computedPlaceholders as readonly string[]).includes(id)) continue;
    if (!found.includes(match[0])) found.push(match[0]);
  }
  return found;
}
