import { isRecord } from '../schemas/is-record';
import { keys, LETTER_PREFIX, MODEL_PREFIX } from './keys';

// What a stored record is called in a message: a head knows her letters by their title, never
// by a storage key such as `letter:261k5y1s4a6p5w454c6b`.

/** Longest title quoted in a message; longer ones end with « … ». */
const TITLE_SHOWN = 80;

/** A title as quoted in a message (« «\u00a0Titre\u00a0» »), or null when there is none to quote. */
export function quotedTitle(title: unknown): string | null {
  if (typeof title !== 'string' || title.trim() === '') return null;
  const text = title.trim().replace(/\s+/g, ' ');
  const shown = text.length > TITLE_SHOWN ? `${text.slice(0, TITLE_SHOWN)}…` : text;
  return `«\u00a0${shown}\u00a0»`;
}

/**
 * The record stored under `key`, named in French for a message: « La lettre «\u00a0Titre\u00a0» »,
 * « Le modèle «\u00a0Titre\u00a0» », « Mon établissement »… Read from the raw value, which may be
 * damaged: without a readable title, the record's reference (its id) tells two apart.
 */
export function recordLabel(key: string, raw: unknown): string {
  if (key === keys.school) return '«\u00a0Mon établissement\u00a0»';
  if (key === keys.team) return '«\u00a0Mon équipe\u00a0»';
  if (key.startsWith(LETTER_PREFIX)) {
    const title = quotedTitle(isRecord(raw) ? raw['title'] : undefined);
    const id = key.slice(LETTER_PREFIX.length);
    return title ? `La lettre ${title}` : `Une lettre sans titre lisible (réf.\u00a0${id})`;
  }
  if (key.startsWith(MODEL_PREFIX)) {
    const model = isRecord(raw) ? raw['model'] : undefined;
    const title = quotedTitle(isRecord(model) ? model['title'] : undefined);
    const id = key.slice(MODEL_PREFIX.length);
    return title ? `Le modèle ${title}` : `Un modèle sans titre lisible (réf.\u00a0${id})`;
  }
  return key;
}
