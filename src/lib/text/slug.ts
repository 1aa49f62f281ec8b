import { cleanInvisible } from './clean-invisible';

/**
 * Latin letters that Unicode does not decompose into a base letter and a mark, so NFD keeps
 * them whole: written the usual way in ASCII (« Łucja » → « lucja », « Søren » → « soren »).
 */
const ASCII_OF: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  þ: 'th',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(ASCII_OF).join('')}]`, 'g');

/**
 * Lowercase ASCII words joined by hyphens, safe in a file name on every system:
 * « Référent Décrochage » → « referent-decrochage », « œuvre » → « oeuvre ». Cut to `maxLength`
 * characters when given, with no hyphen left at either end.
 */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  // A soft hyphen or a zero-width space inside a name must not cut it in two words.
  return cleanInvisible(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => ASCII_OF[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
