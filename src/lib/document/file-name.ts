import type { Letter } from '../schemas/letter';
import { slugify } from '../text/slug';
import { roleValue } from './roles';

/** Longest file name produced, extension included: well under every system's limit. */
export const MAX_FILE_NAME = 100;

/** Cuts a slug to `max` characters at a hyphen, so no word is left halved when it can be helped. */
function cut(slug: string, max: number): string {
  if (max <= 0) return '';
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const hyphen = head.lastIndexOf('-');
  // A very long word (a name) is cut inside rather than dropped whole.
  return (hyphen > max / 2 ? head.slice(0, hyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * A file name for a letter, safe on every system: kind, model, person's name, school year,
 * e.g. « lettre-de-mission-referent-decrochage-scolaire-dupont-2025-2026.pdf ». When too long,
 * the model's part is shortened first: the name and the year are what tell two files apart.
 */
export function letterFileName(
  letter: Pick<Letter, 'kind' | 'typeId' | 'fields' | 'values'>,
  ext: string,
): string {
  const extension = slugify(ext);
  const suffix = extension ? `.${extension}` : '';
  const kind = letter.kind;
  let model = slugify(letter.typeId);
  if (model === kind || model.startsWith(`${kind}-`)) model = model.slice(kind.length + 1);
  const tail = [roleValue(letter, 'nom'), roleValue(letter, 'anneeScolaire')]
    .map((part) => slugify(part))
    .filter(Boolean);
  const budget = MAX_FILE_NAME - suffix.length;
  const fixed = [kind, ...tail].join('-').length + 1;
  const parts = [kind, cut(model, budget - fixed), ...tail].filter(Boolean);
  return `${cut(parts.join('-'), budget)}${suffix}`;
}
