import { cleanInvisible } from './clean-invisible';

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
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
