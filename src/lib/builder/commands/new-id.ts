import { slugify } from '../../text/slug';
import { computedPlaceholders } from '../../text/placeholders';

/**
 * A new identifier following `fieldIdSchema` (camelCase ASCII starting with a lowercase letter),
 * made from a French label so that `{dateDeDebut}` reads in the text, and unique among `taken`
 * and the computed blanks (`{leChef}`…): « Date de début » → « dateDeDebut », then
 * « dateDeDebut2 ». `fallback` is used when the label gives no letter to start with.
 */
export function newFieldId(label: string, taken: Iterable<string>, fallback = 'champ'): string {
  const words = slugify(label, 40).split('-').filter(Boolean);
  const joined = words
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
  const base = /^[a-z]/.test(joined) ? joined : fallback;
  const used = new Set<string>([...taken, ...computedPlaceholders]);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}
