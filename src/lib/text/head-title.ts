/**
 * The title of the head of school, as « Mon établissement » offers it, and how it reads in a
 * sentence: « la principale », « du proviseur adjoint ». An empty or unknown title reads as the
 * generic « chef d’établissement » (the official texts' word), never « chef·fe ».
 */

import { genderOf, type Gender } from './agreement';

/** The titles offered: collège, lycée and LP, EREA and établissements régionaux; their adjoints. */
export const headTitles = [
  'Principal',
  'Principale',
  'Proviseur',
  'Proviseure',
  'Directeur',
  'Directrice',
  'Principal adjoint',
  'Principale adjointe',
  'Proviseur adjoint',
  'Proviseure adjointe',
  'Directeur adjoint',
  'Directrice adjointe',
] as const;

/** The civilités offered for the head; none chosen is allowed (the name then stands alone). */
export const headCivilites = ['Madame', 'Monsieur'] as const;

/**
 * The head as a sentence names them: « Mme Nadia Benali », « M. Paul Roux ». The civilité is
 * abbreviated before the name of someone spoken of (« Madame » in full is for whom one writes
 * to), and a no-break space keeps « M. » from ending a line, where it would read as a sentence's
 * end. The name alone while no civilité is chosen, nothing while there is no name, and the name
 * as typed when it starts with a civilité already (« Mme Martin »).
 */
export function headNameInText(civilite: string, name: string): string {
  const gender = genderOf(civilite);
  if (!name || !gender || genderOf(name.split(/\s/u)[0]) !== null) return name;
  return `${gender === 'feminine' ? 'Mme' : 'M.'}\u00a0${name}`;
}

/** What an empty or unknown title reads as. */
export const GENERIC_TITLE = 'chef d’établissement';

const feminineWords = /^(principale|proviseure|directrice|cheffe)\b/i;
const masculineWords = /^(principal|proviseur|directeur|chef)\b/i;

/** The gender of a title (« Proviseure » feminine), or null for a title we do not know. */
export function titleGender(title: string): Gender | null {
  const value = title.trim();
  if (feminineWords.test(value)) return 'feminine';
  if (masculineWords.test(value)) return 'masculine';
  return null;
}

/** The title as a common noun: « principale adjointe »; the generic one when unknown. */
export function titleNoun(title: string): string {
  const value = title.trim().replace(/\s+/g, ' ');
  return titleGender(value) ? value.toLowerCase() : GENERIC_TITLE;
}

const elides = (word: string) => /^[aeiouyàâéèêëîïôöûùh]/i.test(word);

/** « le principal », « la proviseure », « le chef d’établissement ». */
export function titleWithArticle(title: string): string {
  const noun = titleNoun(title);
  if (elides(noun)) return `l’${noun}`;
  return `${titleGender(title) === 'feminine' ? 'la' : 'le'} ${noun}`;
}

/** « du principal », « de la proviseure », « du chef d’établissement ». */
export function titleAfterDe(title: string): string {
  const noun = titleNoun(title);
  if (elides(noun)) return `de l’${noun}`;
  return titleGender(title) === 'feminine' ? `de la ${noun}` : `du ${noun}`;
}

/** The first letter in capitals: a caption or a sentence starts so. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
