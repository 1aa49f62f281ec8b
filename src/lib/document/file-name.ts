import type { Letter } from '../schemas/letter';
import { slugify } from '../text/slug';
import { isGeneratedId } from '../ids/new-id';
import { agreedText } from '../text/agreement';
import { personGender, roleValue, schoolYearValue } from './roles';

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
 * The model's part of a file name: the ready model's slug, or for a user's own model (named by
 * a generated id) the letter's title as printed, without « Lettre de mission du … » before it.
 */
function modelPart(letter: Pick<Letter, 'kind' | 'typeId' | 'title' | 'fields' | 'values'>) {
  const kind = letter.kind;
  const fromTitle = isGeneratedId(letter.typeId);
  let model = slugify(fromTitle ? agreedText(letter.title, personGender(letter)) : letter.typeId);
  if (model === kind || model.startsWith(`${kind}-`)) model = model.slice(kind.length + 1);
  return fromTitle ? model.replace(/^(?:du|de-la|de-l|des|de|d)-/, '') : model;
}

/**
 * A file name for a letter, safe on every system: kind, model, person's name, school year,
 * e.g. « lettre-de-mission-referent-decrochage-scolaire-dupont-2025-2026.pdf ». When too long,
 * the model's part is shortened first: the name and the year are what tell two files apart.
 */
export function letterFileName(
  letter: Pick<Letter, 'kind' | 'typeId' | 'title' | 'fields' | 'values'>,
  ext: string,
): string {
  const extension = slugify(ext);
  const suffix = extension ? `.${extension}` : '';
  const kind = letter.kind;
  const model = modelPart(letter);
  const tail = [roleValue(letter, 'nom'), schoolYearValue(letter)]
    .map((part) => slugify(part))
    .filter(Boolean);
  const budget = MAX_FILE_NAME - suffix.length;
  const fixed = [kind, ...tail].join('-').length + 1;
  const parts = [kind, cut(model, budget - fixed), ...tail].filter(Boolean);
  return `${cut(parts.join('-'), budget)}${suffix}`;
}
